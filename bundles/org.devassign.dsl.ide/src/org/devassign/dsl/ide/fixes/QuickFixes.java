package org.devassign.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.validation.IssueCodes;
import org.devassign.model.Assignment;
import org.devassign.model.facts.DeviceFacts;

/**
 * Which quick fixes a problem offers, from the validator's issue code and data and the problem's
 * text range: one catalog for the workbench (marker resolutions) and the language server (code
 * actions), so both offer the same fixes under the same labels.
 */
public final class QuickFixes {

    public static final String ASSIGN_WHOLE_GROUP = "Assign the whole group";
    public static final String REMOVE_DUPLICATE = "Remove the duplicate assignment";
    public static final String REMOVE_ASSIGNMENT = "Remove this assignment";
    public static final String REMOVE_IMPORT = "Remove this import";

    private QuickFixes() {
    }

    /** One fix: a label, what it does, and the edits it makes on the text as it is when it runs. */
    public record QuickFix(String label, String description, Function<ConfigText, List<TextEdit>> edits) {
    }

    /**
     * The fixes for a problem with issue {@code code} and {@code data} marked from {@code start} to
     * {@code end} in the config's text; none when the code has no obvious fix.
     */
    public static List<QuickFix> forIssue(String code, List<String> data, int start, int end) {
        List<QuickFix> fixes = new ArrayList<>();
        if (code == null || start < 0) {
            return fixes;
        }
        String first = data.isEmpty() ? "" : data.get(0);
        if ((IssueCodes.GROUP_COMPANION_UNUSED.equals(code) || IssueCodes.GROUP_INCOMPLETE.equals(code)) && !first.isEmpty()) {
            fixes.add(wholeGroup(first, start));
        }
        if (IssueCodes.BRIDGE_ASSIGNED.equals(code) && data.size() > 1) {
            // a PCI bridge goes with its group; the host bridge goes nowhere (its fix computes no edits)
            if (!data.get(1).isEmpty()) {
                QuickFix group = wholeGroup(data.get(1), start);
                fixes.add(new QuickFix(group.label(), group.description(), c -> hostBridgeAt(c, start) ? List.of() : group.edits().apply(c)));
            }
            fixes.add(new QuickFix(REMOVE_ASSIGNMENT, "Delete this assignment: a bridge has nothing to hand over.",
                    c -> Fixes.removeAssignment(c, start)));
        }
        if (IssueCodes.ASSIGNED_TWICE.equals(code)) {
            fixes.add(new QuickFix(REMOVE_DUPLICATE, "Delete this assignment; the device stays with "
                    + (data.size() > 1 ? data.get(1) : "the other consumer") + ".", c -> Fixes.removeAssignment(c, start)));
        }
        if (IssueCodes.PROTECTED_DEVICE.equals(code)) {
            fixes.add(new QuickFix(REMOVE_ASSIGNMENT, "Delete this assignment: the device " + first + " never leaves its host driver.",
                    c -> Fixes.removeAssignment(c, start)));
        }
        if (IssueCodes.IMPORT_TWICE.equals(code) || IssueCodes.IMPORT_CYCLE.equals(code)) {
            fixes.add(new QuickFix(REMOVE_IMPORT, "Delete this import line.", c -> Fixes.removeImport(c, start)));
        }
        if (IssueCodes.DRIVER_MISMATCH.equals(code) && data.size() > 1) {
            String driver = data.get(1);
            fixes.add(new QuickFix("Change to 'driver " + driver + "'", "The driver of the device's bus.",
                    c -> Fixes.replaceValue(c, start, end, driver)));
        }
        if (IssueCodes.RESET_UNAVAILABLE.equals(code)) {
            fixes.add(new QuickFix("Change to 'reset if-available'", "Hand the device over without a reset when it has none.",
                    c -> Fixes.replaceValue(c, start, end, "if-available")));
        }
        if (IssueCodes.CDEV_UNSUPPORTED.equals(code)) {
            fixes.add(new QuickFix("Change to 'open group'", "Open the device through its VFIO group, which every kernel offers.",
                    c -> Fixes.replaceValue(c, start, end, "group")));
        }
        if (code.startsWith("devassign.unknown-") && end > start && !IssueCodes.UNKNOWN_BOARD.equals(code)
                && !IssueCodes.UNKNOWN_IMPORT.equals(code)) {
            for (String suggestion : data.stream().limit(3).toList()) {
                fixes.add(new QuickFix("Change to '" + suggestion + "'", "Use the name '" + suggestion + "' from the board or config.",
                        c -> Fixes.replaceName(c, start, end, suggestion)));
            }
        }
        return fixes;
    }

    private static boolean hostBridgeAt(ConfigText config, int offset) {
        Assignment assignment = config.containing(offset, Assignment.class);
        return assignment != null && assignment.getDevice() != null && !assignment.getDevice().eIsProxy()
                && DeviceFacts.isHostBridge(assignment.getDevice());
    }

    private static QuickFix wholeGroup(String group, int start) {
        return new QuickFix(ASSIGN_WHOLE_GROUP + " (group " + group + ")",
                "Assign IOMMU group " + group + " instead of the one device: every device of the group goes to the same consumer,"
                        + " and mapped regions and interrupts name their device.",
                c -> Fixes.assignWholeGroup(c, start, group));
    }
}

package org.devassign.dsl.linking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;

import org.devassign.core.identity.Printable;
import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.scoping.NameListing;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Messages for names that link to nothing: what was looked for, where, and the closest names that
 * do exist ("did you mean"), which also go into the issue data for quick fixes. A name that cannot
 * link because something it depends on is missing is not reported again: devices, groups, regions
 * and interrupts when the config's board cannot be read (its own error says why, once), regions and
 * interrupts when the assigned device itself is unknown.
 */
public class UnresolvedNames extends LinkingDiagnosticMessageProvider {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    /** A board with up to this many groups has them all listed in an unknown-group message. */
    private static final int LISTED_GROUPS = 8;
    /** How many of a larger board's groups an unknown-group message names. */
    private static final int NEAREST_GROUPS = 5;

    @Inject
    private IScopeProvider scopes;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EReference ref = context.getReference();
        EObject element = context.getContext();
        String name = context.getLinkText();
        if (ref == PKG.getAssignmentConfig_Board()) {
            return board(element, name);
        }
        Board board = Configs.boardOf(Configs.configOf(element));
        boolean device = ref == PKG.getAssignment_Device() || ref == PKG.getAssignment_PhysicalFunction()
                || ref == PKG.getVirtualFunctions_PhysicalFunction();
        boolean onTheBoard = device || ref == PKG.getAssignment_Group()
                || ref == PKG.getRegionMapping_Region() || ref == PKG.getIrqBinding_Interrupt();
        if (board == null && onTheBoard) {
            return null; // the board's own problem is reported once: on 'for', or on the config that names none
        }
        if ((ref == PKG.getRegionMapping_Region() || ref == PKG.getIrqBinding_Interrupt()) && unknownTarget(element)) {
            return null; // the unknown device or group is the problem to fix first
        }
        List<String> candidates = names(element, ref);
        List<String> close = DidYouMean.closest(name, candidates, 3);
        String hint = close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
        String[] data = close.toArray(String[]::new);
        String onBoard = board == null ? "the board" : Labels.of(board);
        if (device || ref == PKG.getIommuGroup_Devices()) {
            return error("There is no device '" + name + "' on " + onBoard
                    + ": name a device by its model name, PCI address, sysfs name or device-tree path." + hint,
                    IssueCodes.UNKNOWN_DEVICE, data);
        }
        if (ref == PKG.getAssignment_Group()) {
            return unknownGroup(name, onBoard, candidates);
        }
        if (ref == PKG.getRegionMapping_Region() || ref == PKG.getIrqBinding_Interrupt()) {
            boolean region = ref == PKG.getRegionMapping_Region();
            Assignment assignment = EcoreUtil2.getContainerOfType(element, Assignment.class);
            String owner = owner(assignment);
            return error("The " + owner + " has no " + (region ? "region" : "interrupt") + " '" + name + "'; "
                    + (region ? "its regions are " : "its interrupts are ")
                    + (candidates.isEmpty() ? "none" : String.join(", ", candidates)) + "." + hint,
                    region ? IssueCodes.UNKNOWN_REGION : IssueCodes.UNKNOWN_INTERRUPT, data);
        }
        if (ref == PKG.getAssignment_Consumer()) {
            return error("There is no consumer '" + name + "' in this config or its imports: declare it (vm " + name
                    + " { ... }, userspace " + name + ", or probe " + name + ")." + hint, IssueCodes.UNKNOWN_CONSUMER, data);
        }
        return super.getUnresolvedProxyMessage(context);
    }

    /**
     * "its groups are 0, 1, 2" for a board of a few groups; for more, how many there are, their
     * range and the few nearest to the number given ({@link DidYouMean#nearestNumbers}): a board of
     * 5,000 devices has thousands of groups, and a message is read, not searched. The issue data
     * carries the groups the message names (the quick fix offers each).
     */
    private static DiagnosticMessage unknownGroup(String name, String onBoard, List<String> groups) {
        String headline = "There is no IOMMU group " + name + " on " + onBoard + ": ";
        if (groups.size() <= LISTED_GROUPS) {
            return error(headline + "its groups are " + (groups.isEmpty() ? "none" : String.join(", ", groups)) + ".",
                    IssueCodes.UNKNOWN_GROUP, groups.toArray(String[]::new));
        }
        List<String> nearest = DidYouMean.nearestNumbers(name, groups, NEAREST_GROUPS);
        LongSummaryStatistics range = groups.stream().flatMapToLong(g -> {
            try {
                return LongStream.of(Long.parseLong(g));
            } catch (NumberFormatException notANumber) {
                return LongStream.empty();
            }
        }).summaryStatistics();
        String numbered = range.getCount() == 0 ? "" : " (numbered " + range.getMin() + " to " + range.getMax() + ")";
        return error(headline + "it has " + groups.size() + " groups" + numbered
                + (nearest.isEmpty() ? "." : "; the nearest are " + String.join(", ", nearest) + "."),
                IssueCodes.UNKNOWN_GROUP, nearest.toArray(String[]::new));
    }

    /** Whether the assignment around a region or interrupt names no device or group that links. */
    private static boolean unknownTarget(EObject element) {
        Assignment assignment = EcoreUtil2.getContainerOfType(element, Assignment.class);
        if (assignment == null) {
            return true;
        }
        Device device = assignment.getDevice();
        IommuGroup group = assignment.getGroup();
        return (device == null || device.eIsProxy()) && (group == null || group.eIsProxy());
    }

    private static String owner(Assignment assignment) {
        if (assignment == null) {
            return "assignment";
        }
        if (assignment.getGroup() != null && !assignment.getGroup().eIsProxy()) {
            return Labels.of(assignment.getGroup());
        }
        Device device = assignment.getDevice();
        return device == null || device.eIsProxy() ? "assigned device" : Labels.of(device);
    }

    private List<String> names(EObject element, EReference ref) {
        List<String> names = new ArrayList<>();
        try {
            IScope scope = scopes.getScope(element, ref);
            if (scope instanceof NameListing listing) {
                names.addAll(listing.allNames()); // a board's names, without describing each device
            } else {
                for (IEObjectDescription description : scope.getAllElements()) {
                    names.add(description.getName().toString());
                }
            }
        } catch (RuntimeException cannotList) {
            return List.of();
        }
        if (ref == PKG.getRegionMapping_Region() || ref == PKG.getIrqBinding_Interrupt()) {
            // show names, not every alias (indexes, device.name)
            List<String> plain = names.stream().filter(n -> !n.contains(".") && !n.chars().allMatch(Character::isDigit)).toList();
            return plain.isEmpty() ? names : plain;
        }
        return names;
    }

    private static DiagnosticMessage board(EObject element, String path) {
        String quoted = Printable.quote(path);
        if (!AssignLinkingService.isPath(path)) {
            int dot = path.lastIndexOf('.');
            if (path.endsWith(".assign")) {
                return error(quoted + " is a config, not a board: 'for' names the board's file (for \"vm-q35.board\"). To use the"
                        + " consumers of another config, import it before 'config' (import \"" + path + "\").", IssueCodes.UNKNOWN_BOARD, path);
            }
            if (dot > 0) {
                return error(quoted + " is not a board file: 'for' names a .board file relative to this config (for \"vm-q35.board\"),"
                        + " or a board by its name.", IssueCodes.UNKNOWN_BOARD, path);
            }
            return error("There is no board named " + quoted + " in the workspace: name its file instead (for \"FILE.board\")"
                    + boardsNextTo(element) + ".", IssueCodes.UNKNOWN_BOARD, path);
        }
        if (path.indexOf('\0') >= 0) {
            // no file system has such a name (and java.nio refuses it with an exception)
            return error(quoted + " is no file name: it holds a NUL character. 'for' names a .board file relative to this config"
                    + " (for \"vm-q35.board\").", IssueCodes.UNKNOWN_BOARD, path);
        }
        URI uri = Configs.resolve(element.eResource(), path);
        String where = uri.isFile() ? uri.toFileString() : uri.toString();
        String why = "there is no such file";
        if (uri.isFile() && Files.isRegularFile(Path.of(uri.toFileString()))) {
            try {
                BoardFiles.load(Path.of(uri.toFileString()));
                why = "it holds no board";
            } catch (ModelFileException unreadable) {
                return error("Cannot use the board file " + quoted + " (" + where + "): it cannot be read: " + unreadable.detail(),
                        IssueCodes.UNKNOWN_BOARD, path, where);
            }
        }
        return error("Cannot use the board file " + quoted + " (" + where + "): " + why
                + ". Board files are named relative to this config" + (why.startsWith("there") ? boardsNextTo(element) : "") + ".",
                IssueCodes.UNKNOWN_BOARD, path, where);
    }

    /** ": the boards next to it are a.board, b.board", for a config on disk with boards beside it. */
    private static String boardsNextTo(EObject element) {
        URI uri = element.eResource() == null ? null : element.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            return "";
        }
        Path folder = Path.of(uri.toFileString()).getParent();
        if (folder == null) {
            return "";
        }
        try (var files = Files.list(folder)) {
            List<String> boards = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("." + BoardFiles.EXTENSION)).sorted()
                    .limit(6).toList();
            return boards.isEmpty() ? "" : "; next to it: " + String.join(", ", boards.stream().limit(5).toList())
                    + (boards.size() > 5 ? ", ..." : "");
        } catch (java.io.IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static DiagnosticMessage error(String message, String code, String... data) {
        return new DiagnosticMessage(message, Severity.ERROR, code, data);
    }
}

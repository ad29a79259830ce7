package org.devassign.dsl.linking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
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
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Messages for names that link to nothing: what was looked for, where, and the closest names that
 * do exist ("did you mean"), which also go into the issue data for quick fixes.
 */
public class UnresolvedNames extends LinkingDiagnosticMessageProvider {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

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
        List<String> candidates = names(element, ref);
        List<String> close = DidYouMean.closest(name, candidates, 3);
        String hint = close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
        String[] data = close.toArray(String[]::new);
        Board board = Configs.boardOf(Configs.configOf(element));
        String onBoard = board == null ? "the board" : Labels.of(board);
        if (ref == PKG.getAssignment_Device() || ref == PKG.getIommuGroup_Devices()) {
            if (board == null) {
                return error("Cannot look up device '" + name + "': the config names no board it can read."
                        + " Add 'for \"FILE.board\"' after the config's name.", IssueCodes.NO_BOARD);
            }
            return error("There is no device '" + name + "' on " + onBoard
                    + ": name a device by its model name, PCI address, sysfs name or device-tree path." + hint,
                    IssueCodes.UNKNOWN_DEVICE, data);
        }
        if (ref == PKG.getAssignment_Group()) {
            return error("There is no IOMMU group " + name + " on " + onBoard + ": its groups are "
                    + (candidates.isEmpty() ? "none" : String.join(", ", candidates)) + ".",
                    IssueCodes.UNKNOWN_GROUP, candidates.toArray(String[]::new));
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
            for (IEObjectDescription description : scopes.getScope(element, ref).getAllElements()) {
                names.add(description.getName().toString());
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
        if (!AssignLinkingService.isPath(path)) {
            return error("There is no board named '" + path + "' in the workspace: name its file instead, for \"" + path
                    + ".board\".", IssueCodes.UNKNOWN_BOARD, path);
        }
        URI uri = Configs.resolve(element.eResource(), path);
        String where = uri.isFile() ? uri.toFileString() : uri.toString();
        String why = "there is no such file";
        if (uri.isFile() && Files.isRegularFile(Path.of(uri.toFileString()))) {
            try {
                BoardFiles.load(Path.of(uri.toFileString()));
                why = "it holds no board";
            } catch (ModelFileException unreadable) {
                why = "it cannot be read: " + unreadable.getMessage();
            }
        }
        return error("Cannot use the board file '" + path + "' (" + where + "): " + why
                + ". Board files are named relative to this config.", IssueCodes.UNKNOWN_BOARD, path, where);
    }

    private static DiagnosticMessage error(String message, String code, String... data) {
        return new DiagnosticMessage(message, Severity.ERROR, code, data);
    }
}

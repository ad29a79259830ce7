package org.devassign.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.Import;
import org.devassign.model.facts.AssignedDevices;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;

/** What a config refers to: its board, its imported configs, the devices an assignment covers. */
public final class Configs {

    private Configs() {
    }

    public static AssignmentConfig configOf(EObject element) {
        return EcoreUtil2.getContainerOfType(element, AssignmentConfig.class);
    }

    /** The inline board, else the linked board file, else null (unresolved or not stated). */
    public static Board boardOf(AssignmentConfig config) {
        if (config == null) {
            return null;
        }
        if (config.getInlineBoard() != null) {
            return config.getInlineBoard();
        }
        Board board = config.getBoard();
        return board == null || board.eIsProxy() ? null : board;
    }

    /** The device, or every member of the group in the board's order; never a proxy ({@link AssignedDevices}). */
    public static Set<Device> devicesOf(Assignment assignment) {
        return AssignedDevices.of(assignment);
    }

    /** The configs named by {@code import} ({@link ImportPaths}), transitively, loaded into the config's resource set. */
    public static List<AssignmentConfig> importedConfigs(AssignmentConfig config) {
        List<AssignmentConfig> result = new ArrayList<>();
        collectImports(config, new LinkedHashSet<>(), result);
        return result;
    }

    private static void collectImports(AssignmentConfig config, Set<URI> seen, List<AssignmentConfig> into) {
        Resource resource = config.eResource();
        if (resource == null) {
            return;
        }
        seen.add(resource.getURI());
        for (Import imported : config.getImports()) {
            if (ImportPaths.refusal(imported.getImportURI()).isPresent()) {
                continue; // never read: ImportChecks says why
            }
            Resource other = load(resource, imported.getImportURI());
            if (other != null && seen.add(other.getURI()) && !other.getContents().isEmpty()
                    && other.getContents().get(0) instanceof AssignmentConfig importedConfig) {
                into.add(importedConfig);
                collectImports(importedConfig, seen, into);
            }
        }
    }

    /** The URI {@code path} names relative to the resource holding the reference. */
    public static URI resolve(Resource from, String path) {
        URI uri = URI.createURI(path);
        return uri.isRelative() && from.getURI() != null && !from.getURI().isRelative() ? uri.resolve(from.getURI()) : uri;
    }

    /** Loads {@code path} (relative to {@code from}) into the same resource set; null if it cannot be read. */
    public static Resource load(Resource from, String path) {
        if (path == null || path.isBlank() || from.getResourceSet() == null) {
            return null;
        }
        ResourceSet resourceSet = from.getResourceSet();
        URI uri = resolve(from, path);
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return existing;
        }
        try {
            return resourceSet.getResource(uri, true);
        } catch (RuntimeException unreadable) {
            Resource broken = resourceSet.getResource(uri, false);
            if (broken != null) {
                resourceSet.getResources().remove(broken);
            }
            return null;
        }
    }
}

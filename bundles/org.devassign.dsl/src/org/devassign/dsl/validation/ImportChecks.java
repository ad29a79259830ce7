package org.devassign.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.Printable;
import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.scoping.ImportPaths;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Import;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/**
 * The imports of a config: each names another .assign config by a path relative to this one
 * ({@link ImportPaths}), that file exists and holds a config, no config imports itself, directly or
 * around a cycle, and none is imported twice.
 */
public class ImportChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkImports(AssignmentConfig config) {
        Resource resource = config.eResource();
        if (resource == null || resource.getURI() == null || resource.getResourceSet() == null) {
            return;
        }
        Set<URI> seen = new HashSet<>();
        for (Import imported : config.getImports()) {
            String path = imported.getImportURI();
            Optional<ImportPaths.Refusal> refusal = ImportPaths.refusal(path);
            if (refusal.isPresent()) {
                error(refused(refusal.get(), path), imported, PKG.getImport_ImportURI(),
                        refusal.get() == ImportPaths.Refusal.BOARD || refusal.get() == ImportPaths.Refusal.NOT_CONFIG
                                ? IssueCodes.IMPORT_NOT_CONFIG : IssueCodes.UNKNOWN_IMPORT, String.valueOf(path));
                continue;
            }
            URI uri = Configs.resolve(resource, path);
            String where = uri.isFile() ? uri.toFileString() : uri.toString();
            if (uri.equals(resource.getURI())) {
                error("Config " + config.getName() + " imports itself (" + Printable.quote(path) + "): remove this import.",
                        imported, PKG.getImport_ImportURI(), IssueCodes.IMPORT_CYCLE, path);
                continue;
            }
            if (!seen.add(uri)) {
                warning(Printable.quote(path) + " is imported twice: remove this import.", imported, PKG.getImport_ImportURI(),
                        IssueCodes.IMPORT_TWICE, path);
                continue;
            }
            if (!resource.getResourceSet().getURIConverter().exists(uri, null)) {
                error("Cannot import " + Printable.quote(path) + " (" + where + "): there is no such file. Imports are named relative to this config.",
                        imported, PKG.getImport_ImportURI(), IssueCodes.UNKNOWN_IMPORT, path, where);
                continue;
            }
            Resource other = Configs.load(resource, path);
            if (other == null || other.getContents().isEmpty() || !(other.getContents().get(0) instanceof AssignmentConfig importedConfig)) {
                error("Cannot import " + Printable.quote(path) + " (" + where + "): it holds no config (a config starts with 'config NAME',"
                        + " after any imports).", imported, PKG.getImport_ImportURI(), IssueCodes.UNKNOWN_IMPORT, path, where);
                continue;
            }
            List<URI> cycle = pathBack(importedConfig, resource.getURI(), new HashSet<>());
            if (cycle != null) {
                List<String> data = new ArrayList<>(List.of(path));
                StringBuilder chain = new StringBuilder(uri.lastSegment());
                data.add(uri.lastSegment());
                for (URI step : cycle) {
                    boolean home = step.equals(resource.getURI());
                    chain.append(chain.indexOf(" imports ") < 0 ? " imports " : ", which imports ").append(home ? "this config" : step.lastSegment());
                    data.add(step.lastSegment());
                }
                error("The import of " + Printable.quote(path) + " makes a cycle: " + chain + ". Configs import each other in one"
                        + " direction only: remove one of the imports.", imported, PKG.getImport_ImportURI(), IssueCodes.IMPORT_CYCLE,
                        data.toArray(String[]::new));
            }
        }
    }

    /** The files from {@code from} through its imports back to {@code home}; null when its imports never lead there. */
    private static List<URI> pathBack(AssignmentConfig from, URI home, Set<URI> visited) {
        Resource resource = from.eResource();
        if (resource == null || !visited.add(resource.getURI())) {
            return null;
        }
        for (Import imported : from.getImports()) {
            if (ImportPaths.refusal(imported.getImportURI()).isPresent()) {
                continue;
            }
            URI uri = Configs.resolve(resource, imported.getImportURI());
            if (uri.equals(home)) {
                return new ArrayList<>(List.of(uri));
            }
            Resource next = Configs.load(resource, imported.getImportURI());
            if (next != null && !next.getContents().isEmpty() && next.getContents().get(0) instanceof AssignmentConfig nextConfig) {
                List<URI> rest = pathBack(nextConfig, home, visited);
                if (rest != null) {
                    rest.add(0, uri);
                    return rest;
                }
            }
        }
        return null;
    }

    private static String refused(ImportPaths.Refusal refusal, String path) {
        return switch (refusal) {
            case EMPTY -> "An import names no file: write the config to import in quotes (import \"other.assign\").";
            case BOARD -> "Cannot import " + Printable.quote(path) + ": it is a board, not a config. A config names its board after its"
                    + " name (config NAME for \"" + path + "\"); import brings in the consumers of another .assign config.";
            case NOT_CONFIG -> "Cannot import " + Printable.quote(path) + ": an import names an .assign config, relative to this file"
                    + " (import \"consumers.assign\").";
            case ABSOLUTE -> "Cannot import " + Printable.quote(path) + ": name the config relative to this file (import"
                    + " \"../shared/consumers.assign\"), so that the configs work wherever their folder is.";
        };
    }
}

package org.devassign.ui.wizards;

import java.nio.file.Path;

import org.devassign.discovery.ImportResult;
import org.devassign.model.io.BoardFiles;

/** Saves what an importer made and says in a sentence what it found. */
final class Imports {

    private Imports() {
    }

    static String save(ImportResult result, Path file) throws java.io.IOException {
        BoardFiles.save(result.board(), file);
        int warnings = result.warnings().size();
        return result.board().getDevices().size() + " devices, " + result.board().getIommuGroups().size() + " IOMMU groups"
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " nodes skipped") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings") + (warnings == 0 ? "" : " (first: " + result.warnings().get(0) + ")");
    }
}

package org.devassign.discovery;

import java.nio.file.Path;

/**
 * Something an import could not read or did not understand, with the file or node it concerns.
 * The import goes on; the model lacks only what the warning names.
 *
 * @param path the file, or for device trees the source file (the node path is in the message)
 * @param message what is wrong, and what it means for the model
 */
public record ImportWarning(Path path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package org.devassign.fuzz.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The .board (XMI) loader on an arbitrary file. Documented: a Board, or a {@link ModelFileException};
 * the loader opens nothing but the board file itself (a namespace, an {@code xsi:schemaLocation} or
 * an external entity in the file must not make it read another file or connect anywhere; Jazzer's
 * SSRF sanitizer reports connections too), and a file with a DTD is refused.
 */
public final class BoardFuzz {

    private BoardFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(BoardFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path folder = Scratch.fresh();
        try {
            Path file = Files.write(folder.resolve("fuzz.board"), data);
            URI own = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            List<URI> opened = new ArrayList<>();
            ResourceSet resourceSet = BoardFiles.newResourceSet();
            resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
                @Override
                public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                    opened.add(uri);
                    return super.createInputStream(uri, options);
                }
            });
            try {
                BoardFiles.load(resourceSet, file);
                if (new String(data, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
                    throw new IllegalStateException("a board with a DTD was read");
                }
            } catch (ModelFileException e) {
                // the documented refusal
            }
            for (URI uri : opened) {
                if (!uri.equals(own)) {
                    throw new IllegalStateException("reading a board opened " + uri);
                }
            }
        } finally {
            Scratch.delete(folder);
        }
    }
}

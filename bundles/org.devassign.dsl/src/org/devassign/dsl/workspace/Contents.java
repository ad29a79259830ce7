package org.devassign.dsl.workspace;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Brings a workspace's {@link IndexedFiles} up to date before a read: takes the announced changes
 * in, knows the text each file should have (its editor's, else the file's, read from disk once and
 * kept until the file is announced changed), and puts back the own text of configs that a reader
 * parsed from a text of its own. Runs under the workspace's lock only.
 */
final class Contents {

    private static final byte[] MISSING = new byte[0];

    private final Announcements announcements;
    private final IndexedFiles files;
    private final OperationCanceledManager cancellation;
    private final Map<Path, byte[]> disk = new HashMap<>();
    /** Configs parsed from a reader's own text: back to theirs on the next read. */
    private final Set<Path> restore = new LinkedHashSet<>();
    private long applied;
    private long diskReads;

    Contents(Announcements announcements, IndexedFiles files, OperationCanceledManager cancellation) {
        this.announcements = announcements;
        this.files = files;
        this.cancellation = cancellation;
    }

    /** The version the state reflects: every change announced up to it is in. */
    long applied() {
        return applied;
    }

    long diskReads() {
        return diskReads;
    }

    /**
     * Takes the announced changes in, opens the config's folder, and brings the config to
     * {@code asIf} (a reader's own text) or, when null, to its own text.
     */
    XtextResource prepare(Path file, String asIf, CancelIndicator cancel) {
        apply(file, cancel);
        files.open(file.getParent(), announcements.unsaved(), this::wanted, cancel);
        byte[] own = wanted(file);
        byte[] want = asIf == null ? own : asIf.getBytes(StandardCharsets.UTF_8);
        if (want == null) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null, "no such config file, or it cannot be read"));
        }
        files.change(file, want);
        if (Arrays.equals(want, own)) {
            restore.remove(file);
        } else {
            restore.add(file);
        }
        files.relinkStale(cancel);
        XtextResource resource = files.config(file);
        if (resource == null) {
            throw new IllegalArgumentException(file + " is not a config (.assign file)");
        }
        return resource;
    }

    /** A reader changed the config's model: parse it again from its text before the next read. */
    void changedByReader(Path file) {
        files.forget(file);
        restore.add(file);
    }

    /** Applies the announced changes, except to {@code target}, which {@link #prepare} brings up to date itself. */
    private void apply(Path target, CancelIndicator cancel) {
        Map<Path, Announcements.Pending> drained = announcements.pending();
        drained.forEach((file, change) -> {
            if (change.disk()) {
                disk.remove(file); // read again when wanted
            }
        });
        Set<Path> touched = new LinkedHashSet<>(drained.keySet());
        touched.addAll(restore);
        for (Path file : touched) {
            if (!file.equals(target)) {
                if (files.knows(file)) {
                    cancellation.checkCanceled(cancel);
                    files.change(file, wanted(file));
                }
                restore.remove(file);
            }
            Announcements.Pending change = drained.get(file);
            if (change != null) {
                announcements.done(file, change);
                applied = Math.max(applied, change.seq());
            }
        }
    }

    /** The text a file should have: its editor's, else the file's (read once until it changes); null when neither exists. */
    private byte[] wanted(Path file) {
        String unsaved = announcements.unsavedText(file);
        if (unsaved != null) {
            return unsaved.getBytes(StandardCharsets.UTF_8);
        }
        byte[] content = disk.computeIfAbsent(file, f -> {
            diskReads++;
            byte[] read = IndexedFiles.read(f);
            return read == null ? MISSING : read;
        });
        return content == MISSING ? null : content;
    }
}

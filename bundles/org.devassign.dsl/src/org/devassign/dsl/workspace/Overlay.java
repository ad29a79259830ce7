package org.devassign.dsl.workspace;

import java.nio.file.Path;

/**
 * The unsaved text of one config in an editor: while it is set, the workspace reads it instead of
 * the file, for the config itself and for every config that looks at it. Setting and closing never
 * wait for a running read; the next read takes the text in. Several overlays may hold one file (a
 * text editor and the diagram on one document): the one set last wins, and the file's own text
 * comes back when all are closed.
 */
public final class Overlay implements AutoCloseable {

    private final Announcements announcements;
    private final Path file;
    private volatile String text;
    private volatile long stamp;
    private volatile boolean closed;

    Overlay(Announcements announcements, Path file) {
        this.announcements = announcements;
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The editor's text now (cheap: no parse here). Ignored once closed: a late reconcile of a closed editor changes nothing. */
    public void set(String newText) {
        if (closed) {
            return;
        }
        announcements.overlayChanged(this, () -> {
            text = newText;
            stamp = System.nanoTime();
        });
    }

    /** The editor is gone: the file's own text counts again (once no other overlay holds it). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            announcements.overlayChanged(this, () -> text = null);
        }
    }

    String text() {
        return text;
    }

    long stamp() {
        return stamp;
    }
}

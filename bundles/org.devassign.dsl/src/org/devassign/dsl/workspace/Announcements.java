package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes announced to a {@link ConfigWorkspace} and not yet taken in, and the editors' unsaved
 * texts: what any thread may touch without the workspace's lock. Every operation is short (a map
 * update), so announcing never waits for a read; the next read drains what is pending.
 */
final class Announcements {

    /** One file's pending change: the latest announcement's number, and whether the disk changed (not only an editor's text). */
    record Pending(long seq, boolean disk) {
        Pending merge(Pending later) {
            return new Pending(Math.max(seq, later.seq), disk || later.disk);
        }
    }

    private final AtomicLong events = new AtomicLong();
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Path, List<Overlay>> overlays = new HashMap<>();

    void announce(Path file, boolean onDisk) {
        pending.merge(file, new Pending(events.incrementAndGet(), onDisk), Pending::merge);
    }

    long version() {
        return events.get();
    }

    /** What is pending now (later announcements stay pending until {@link #done}). */
    Map<Path, Pending> pending() {
        return new HashMap<>(pending);
    }

    /** The file's change {@code taken} is in; a later announcement for it stays pending. */
    void done(Path file, Pending taken) {
        pending.remove(file, taken);
    }

    void open(Overlay overlay) {
        synchronized (overlays) {
            overlays.computeIfAbsent(overlay.file(), f -> new ArrayList<>()).add(overlay);
        }
    }

    /** Runs an overlay's change of text (null: closed) and announces it. */
    void overlayChanged(Overlay overlay, Runnable change) {
        synchronized (overlays) {
            change.run();
            if (overlay.text() == null) {
                List<Overlay> open = overlays.get(overlay.file());
                if (open != null && open.remove(overlay) && open.isEmpty()) {
                    overlays.remove(overlay.file());
                }
            }
        }
        announce(overlay.file(), false);
    }

    /** The text of the overlay of {@code file} set last, or null when no editor holds one. */
    String unsavedText(Path file) {
        synchronized (overlays) {
            Overlay last = null;
            for (Overlay overlay : overlays.getOrDefault(file, List.of())) {
                if (overlay.text() != null && (last == null || overlay.stamp() > last.stamp())) {
                    last = overlay;
                }
            }
            return last == null ? null : last.text();
        }
    }

    /** The files with unsaved text (some may not exist on disk yet). */
    Set<Path> unsaved() {
        synchronized (overlays) {
            Set<Path> paths = new HashSet<>();
            overlays.forEach((file, open) -> {
                if (open.stream().anyMatch(o -> o.text() != null)) {
                    paths.add(file);
                }
            });
            return paths;
        }
    }
}

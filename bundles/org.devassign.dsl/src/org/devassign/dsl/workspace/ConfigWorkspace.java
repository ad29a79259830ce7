package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.devassign.dsl.LanguageInjector;
import org.devassign.model.AssignmentConfig;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * The one way to load a config with its board and the other configs of its folder, for the CLI,
 * the editor, the diagram and the deploy UI: one resource set and one Xtext index per workspace,
 * loaded once and kept current by announced changes ({@link #changed}, {@link #removed}, an editor's
 * {@link #overlay}), never re-read from disk per request.
 *
 * <p><b>Threads.</b> Announcing a change is cheap from any thread (the UI thread included) and never
 * waits: it is queued and the workspace's version goes up. Everything that touches the model runs
 * in a <i>read</i> under the workspace's one lock: the read first applies the queued changes
 * (re-reading only the changed files, relinking the configs they affect), then lends the reader a
 * {@link ParsedConfig}. A reader therefore sees either the state before a change or after it, never
 * half of it; it must not keep the parse (or, in a shared workspace, any model object) beyond the
 * read. Results meant to outlive a read are plain values ({@link Checked}, problems, text edits).
 * A workspace private to one thread (a CLI command, a job) may keep model objects: nothing else
 * changes it.
 *
 * <p><b>Versions and cancelling.</b> {@link #version()} counts announced changes; a parse and a
 * {@link Checked} carry the version they reflect, and {@link #lastChecked} keeps the latest finished
 * check of each config. Reads take a {@link CancelIndicator}; {@link #cancelOnChange} makes one
 * that also fires on the next change.
 *
 * <p><b>An editor</b> sets its text as an overlay on each keystroke (the UI thread: no parse, no
 * wait), checks in a job ({@link #check} with {@link #cancelOnChange}, so that the next keystroke
 * cancels it), draws markers and colours from the {@link Checked} outcome or {@link #lastChecked},
 * and answers hovers from {@link #readLatest}, which parses nothing.
 */
public final class ConfigWorkspace {

    /** Told after each {@link #check}, inside the read, with the parse: derive plain values, keep nothing else. */
    public interface Listener {
        void checked(ParsedConfig parsed, Checked checked);
    }

    /** What the workspace did so far: files it read from disk, resources loaded or parsed (also by linking), configs relinked. */
    public record Stats(long diskReads, long loads, long relinks) {
    }

    private final Injector injector;
    private final OperationCanceledManager cancellation;
    private final ReentrantLock lock = new ReentrantLock();
    private final Announcements announcements = new Announcements();
    private final Map<Path, Checked> latest = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    // under the lock:
    private final IndexedFiles files;
    private final Contents contents;

    private ConfigWorkspace(Injector injector) {
        this.injector = injector;
        this.cancellation = injector.getInstance(OperationCanceledManager.class);
        this.files = new IndexedFiles(injector);
        this.contents = new Contents(announcements, files, cancellation);
    }

    /** A workspace with the process's injector ({@link LanguageInjector}). */
    public static ConfigWorkspace create() {
        return new ConfigWorkspace(LanguageInjector.get());
    }

    /** A workspace with the given injector: the process's one, with the IDE services where they are needed. */
    public static ConfigWorkspace create(Injector injector) {
        return new ConfigWorkspace(injector);
    }

    public Injector injector() {
        return injector;
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    // ------------------------------------------------------------------ changes (any thread, never wait)

    /** {@code file} (a config or a board) was written or created on disk. */
    public void changed(Path file) {
        announcements.announce(normal(file), true);
    }

    /** {@code file} was deleted. */
    public void removed(Path file) {
        announcements.announce(normal(file), true);
    }

    /** An editor's unsaved text for {@code file}; {@link Overlay#close()} it with the editor. */
    public Overlay overlay(Path file) {
        Overlay overlay = new Overlay(announcements, normal(file));
        announcements.open(overlay);
        return overlay;
    }

    /** How many changes were announced so far. */
    public long version() {
        return announcements.version();
    }

    /** Cancelled when {@code outer} is, or as soon as another change is announced. */
    public CancelIndicator cancelOnChange(CancelIndicator outer) {
        long at = version();
        return () -> outer.isCanceled() || version() != at;
    }

    // ------------------------------------------------------------------ reads (under the lock)

    /** Runs {@code reader} on the config {@code file} as it is now (its editor's text, else its file's). */
    public <R> R read(Path file, CancelIndicator cancel, Function<ParsedConfig, R> reader) {
        return locked(normal(file), null, cancel, reader);
    }

    /** {@link #read(Path, CancelIndicator, Function)} that nothing cancels (the CLI). */
    public <R> R read(Path file, Function<ParsedConfig, R> reader) {
        return read(file, CancelIndicator.NullImpl, reader);
    }

    /**
     * Runs {@code reader} on {@code file} as if its text were {@code text} (a document that is not
     * the workspace's overlay, or the text a quick fix sees); the other configs see that text too
     * during this read, and the config's own text counts again from the next read on.
     */
    public <R> R read(Path file, String text, CancelIndicator cancel, Function<ParsedConfig, R> reader) {
        return locked(normal(file), text, cancel, reader);
    }

    /**
     * Like {@link #read(Path, String, CancelIndicator, Function)} for a reader that changes the model
     * (text edits computed through the serializer): the changed config is parsed again from its text
     * before anyone reads it next.
     */
    public <R> R modify(Path file, String text, CancelIndicator cancel, Function<ParsedConfig, R> reader) {
        Path normal = normal(file);
        lock.lock();
        try {
            return locked(normal, text, cancel, reader);
        } finally {
            contents.changedByReader(normal);
            lock.unlock();
        }
    }

    /**
     * Runs {@code reader} on the config as last brought up to date, without taking in changes
     * announced since (nothing is parsed); empty when the config was never read.
     */
    public <R> Optional<R> readLatest(Path file, Function<ParsedConfig, R> reader) {
        Path normal = normal(file);
        lock.lock();
        try {
            files.relinkStale(CancelIndicator.NullImpl);
            XtextResource resource = files.config(normal);
            return resource == null ? Optional.empty() : Optional.ofNullable(lend(normal, resource, reader));
        } finally {
            lock.unlock();
        }
    }

    /** Validates the config as it is now, keeps the outcome as its {@link #lastChecked} and tells the listeners. */
    public Checked check(Path file, CancelIndicator cancel) {
        return check(file, cancel, (parsed, checked) -> checked);
    }

    /** {@link #check(Path, CancelIndicator)}, then {@code then} on the same parse (semantic colours, say). */
    public <R> R check(Path file, CancelIndicator cancel, BiFunction<ParsedConfig, Checked, R> then) {
        return read(file, cancel, parsed -> {
            Checked checked = new Checked(parsed.file(), parsed.version(), parsed.text(), List.copyOf(parsed.validate(cancel)));
            latest.put(parsed.file(), checked);
            for (Listener listener : listeners) {
                try {
                    listener.checked(parsed, checked);
                } catch (RuntimeException e) {
                    cancellation.propagateIfCancelException(e);
                    System.getLogger(ConfigWorkspace.class.getName()).log(System.Logger.Level.WARNING,
                            "a view of " + parsed.file().getFileName() + " failed to follow its check", e);
                }
            }
            return then.apply(parsed, checked);
        });
    }

    /** The latest finished check of {@code file}, or null. */
    public Checked lastChecked(Path file) {
        return latest.get(normal(file));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Problems of the config, in file order, as {@code devassign validate} prints them (naming the file as given). */
    public List<Problem> validate(Path file) {
        return read(file, parsed -> parsed.problems(file, CancelIndicator.NullImpl));
    }

    /** The config's text in the one layout; null when it has syntax errors. */
    public String format(Path file) {
        return read(file, ParsedConfig::formatted);
    }

    /** The linked config, kept beyond the read: for a workspace private to one thread only (see the class comment). */
    public AssignmentConfig config(Path file) {
        return read(file, ParsedConfig::config);
    }

    public Stats stats() {
        lock.lock();
        try {
            return new Stats(contents.diskReads(), files.loads(), files.relinks());
        } finally {
            lock.unlock();
        }
    }

    private <R> R locked(Path file, String asIf, CancelIndicator cancel, Function<ParsedConfig, R> reader) {
        lock.lock();
        try {
            return lend(file, contents.prepare(file, asIf, cancel), reader);
        } finally {
            lock.unlock();
        }
    }

    private <R> R lend(Path file, XtextResource resource, Function<ParsedConfig, R> reader) {
        ParsedConfig parsed = new ParsedConfig(file, resource, contents.applied(), injector);
        try {
            return reader.apply(parsed);
        } finally {
            parsed.endOfLoan();
        }
    }
}

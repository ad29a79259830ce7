package org.devassign.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

/**
 * The state behind a {@link ConfigWorkspace}: one resource set with the configs and boards of the
 * folders opened so far, Xtext's index of them (a {@link ResourceDescriptionsData} installed on the
 * resource set, which scoping and the validator's checks across configs read), and the content each
 * file was loaded from. A changed file is loaded again alone; the configs whose links may point
 * into it (Xtext's {@code isAffected}, see AssignDescriptionManager) are relinked, not re-parsed.
 *
 * <p>Files outside the opened folders (a board or an import named by a relative path) come in
 * through linking; when they change they are only unloaded, and linking loads them again.
 *
 * <p>Not thread-safe: the workspace calls it under its lock only.
 */
final class IndexedFiles {

    static final String CONFIG = "assign";

    private final XtextResourceSet resourceSet;
    private final ResourceDescriptionsData index = new ResourceDescriptionsData(List.of());
    private final IResourceServiceProvider.Registry registry;
    private final OperationCanceledManager cancellation;
    private final Set<Path> folders = new HashSet<>();
    /** The content each file the workspace loaded itself was loaded from. */
    private final Map<Path, byte[]> loaded = new HashMap<>();
    /** Configs to relink before the next read: something they may link into changed. */
    private final Set<URI> stale = new LinkedHashSet<>();
    private long loads;
    private long relinks;

    IndexedFiles(Injector injector) {
        resourceSet = injector.getInstance(XtextResourceSet.class);
        BoardFiles.configure(resourceSet);
        resourceSet.getLoadOptions().putAll(BoardFiles.loadOptions());
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
        registry = injector.getInstance(IResourceServiceProvider.Registry.class);
        cancellation = injector.getInstance(OperationCanceledManager.class);
        resourceSet.eAdapters().add(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
                        && (notification.getEventType() == Notification.ADD || notification.getEventType() == Notification.ADD_MANY)) {
                    loads++; // the workspace's own loads and those linking makes (boards and imports by path)
                }
            }
        });
    }

    static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    static boolean isConfig(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + CONFIG);
    }

    static boolean isBoard(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + BoardFiles.EXTENSION);
    }

    ResourceSet resourceSet() {
        return resourceSet;
    }

    ResourceDescriptionsData index() {
        return index;
    }

    long loads() {
        return loads;
    }

    long relinks() {
        return relinks;
    }

    /** Whether a change of {@code file} concerns this state: its folder is open or it is loaded. */
    boolean knows(Path file) {
        return folders.contains(file.getParent()) || loaded.containsKey(file) || resourceSet.getResource(uri(file), false) != null;
    }

    boolean isOpen(Path folder) {
        return folders.contains(folder);
    }

    byte[] loadedContent(Path file) {
        return loaded.get(file);
    }

    /** Forgets what {@code file} was loaded from: the next change parses it again whatever the content. */
    void forget(Path file) {
        loaded.remove(file);
    }

    XtextResource config(Path file) {
        return resourceSet.getResource(uri(file), false) instanceof XtextResource resource && resource.isLoaded() ? resource : null;
    }

    /**
     * Loads every config and board of {@code folder} that is not loaded yet, from {@code content}
     * (an editor's text or the file's), and indexes it. Cancelling leaves the files loaded so far
     * loaded and the folder to be finished by the next read.
     */
    void open(Path folder, Set<Path> unsaved, Function<Path, byte[]> content, CancelIndicator cancel) {
        if (folders.contains(folder)) {
            return;
        }
        Set<Path> files = new LinkedHashSet<>();
        try (Stream<Path> listed = Files.list(folder)) {
            listed.filter(f -> isConfig(f) || isBoard(f)).map(f -> f.toAbsolutePath().normalize()).sorted().forEach(files::add);
        } catch (IOException unreadable) {
            // a folder that cannot be listed: its configs take part as they are read one by one
        }
        unsaved.stream().filter(f -> folder.equals(f.getParent())).forEach(files::add);
        // boards before configs: a config links its names as it is parsed, and its board is then read already
        List<Path> inOrder = new ArrayList<>(files);
        inOrder.sort(Comparator.comparing(f -> !isBoard(f)));
        List<IResourceDescription.Delta> deltas = new ArrayList<>();
        for (Path file : inOrder) {
            cancellation.checkCanceled(cancel);
            if (loaded.containsKey(file)) {
                continue;
            }
            Resource linked = resourceSet.getResource(uri(file), false);
            if (linked != null && linked.isLoaded() && !linked.getContents().isEmpty()) {
                index.addDescription(linked.getURI(), IndexEntries.describe(registry, linked)); // loaded by linking before its folder was opened
                continue;
            }
            deltas.add(update(file, content.apply(file), true));
        }
        folders.add(folder);
        markAffected(deltas);
    }

    /**
     * Makes the state of {@code file} the given content (null: the file is gone), re-indexes it and
     * marks the configs it affects for relinking.
     */
    void change(Path file, byte[] content) {
        if (content != null && Arrays.equals(content, loaded.get(file))) {
            return;
        }
        markAffected(List.of(update(file, content, folders.contains(file.getParent()))));
    }

    private IResourceDescription.Delta update(Path file, byte[] content, boolean indexed) {
        URI uri = uri(file);
        IResourceDescription old = index.getResourceDescription(uri);
        Resource resource = resourceSet.getResource(uri, false);
        if (content == null || !indexed) {
            if (resource != null) {
                resource.unload();
                resourceSet.getResources().remove(resource);
            }
            loaded.remove(file);
            index.removeDescription(uri);
            return new IndexEntries.FileDelta(uri, old, null);
        }
        loaded.put(file, content);
        try {
            if (isConfig(file)) {
                resource = parse(uri, resource, new String(content, StandardCharsets.UTF_8));
            } else {
                resource = loadBoard(uri, resource, content);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a board that cannot be read is no board: the configs naming it say so (UnresolvedNames)
            Resource broken = resourceSet.getResource(uri, false);
            if (broken != null) {
                resourceSet.getResources().remove(broken);
            }
            index.removeDescription(uri);
            return new IndexEntries.FileDelta(uri, old, null);
        }
        IResourceDescription now = IndexEntries.describe(registry, resource);
        index.addDescription(uri, now);
        return new IndexEntries.FileDelta(uri, old, now);
    }

    private Resource parse(URI uri, Resource resource, String text) throws IOException {
        if (resource instanceof XtextResource config && config.isLoaded()) {
            config.reparse(text);
            loads++;
            return config;
        }
        if (resource != null) {
            resourceSet.getResources().remove(resource);
        }
        Resource created = resourceSet.createResource(uri);
        created.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), resourceSet.getLoadOptions());
        return created;
    }

    private Resource loadBoard(URI uri, Resource resource, byte[] content) throws IOException {
        if (resource != null) {
            resource.unload(); // references into the old board become proxies until the configs are relinked
            resourceSet.getResources().remove(resource);
        }
        Resource created = resourceSet.createResource(uri);
        created.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
        return created;
    }

    /** Xtext's builder rule: a config is relinked when its manager says the deltas affect it. */
    private void markAffected(List<IResourceDescription.Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Set<URI> changed = new HashSet<>();
        deltas.forEach(delta -> changed.add(delta.getUri()));
        for (Resource resource : resourceSet.getResources()) {
            if (!(resource instanceof XtextResource config) || !config.isLoaded() || changed.contains(config.getURI())) {
                continue;
            }
            IResourceDescription.Manager manager = config.getResourceServiceProvider().getResourceDescriptionManager();
            IResourceDescription candidate = index.getResourceDescription(config.getURI());
            if (candidate == null) {
                candidate = manager.getResourceDescription(config);
            }
            if (manager.isAffected(deltas, candidate, index)) {
                stale.add(config.getURI());
            }
        }
    }

    /** Relinks the configs marked stale, one at a time (cancelling leaves the rest marked). */
    void relinkStale(CancelIndicator cancel) {
        for (URI uri : new ArrayList<>(stale)) {
            cancellation.checkCanceled(cancel);
            if (resourceSet.getResource(uri, false) instanceof XtextResource config && config.isLoaded()) {
                config.relink();
                relinks++;
            }
            stale.remove(uri);
        }
    }

    /** Reads a file's bytes; null when it does not exist or cannot be read (a config then takes no part, as a missing one). */
    static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}

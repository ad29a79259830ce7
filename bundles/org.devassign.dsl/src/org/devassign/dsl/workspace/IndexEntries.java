package org.devassign.dsl.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/** What {@link IndexedFiles} puts into Xtext's index, and how it tells Xtext what changed. */
final class IndexEntries {

    private IndexEntries() {
    }

    /**
     * The index entry of a resource: its exported names (config, consumers, board), copied so that
     * the index does not change with the resource. Not its references and imported names, which
     * would resolve every link of a 50,000-line config just to index it: nothing here finds
     * references, and AssignDescriptionManager decides what a change affects without them.
     * The names are found by the language's strategy directly, not through Xtext's live description:
     * that one keeps them in the resource's cache, whose adapter is first attached to every object
     * of the resource (a tenth of reading a board of 10,000 devices), only for the copy made here.
     */
    static IResourceDescription describe(IResourceServiceProvider.Registry registry, Resource resource) {
        IResourceServiceProvider provider = registry.getResourceServiceProvider(resource.getURI());
        IDefaultResourceDescriptionStrategy strategy = provider.get(IDefaultResourceDescriptionStrategy.class);
        List<IEObjectDescription> names = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            collect(strategy, root, names);
        }
        List<SerializableEObjectDescription> exported = new ArrayList<>();
        for (IEObjectDescription object : names) {
            SerializableEObjectDescription copy = new SerializableEObjectDescription();
            copy.setEObjectURI(object.getEObjectURI());
            copy.setEClass(object.getEClass());
            copy.setQualifiedName(object.getName());
            HashMap<String, String> userData = new HashMap<>();
            for (String key : object.getUserDataKeys()) {
                userData.put(key, object.getUserData(key));
            }
            copy.setUserData(userData);
            exported.add(copy);
        }
        SerializableResourceDescription description = new SerializableResourceDescription();
        // normalized as Xtext's own description does it
        description.setURI(resource.getResourceSet() == null ? resource.getURI()
                : resource.getResourceSet().getURIConverter().normalize(resource.getURI()));
        description.setDescriptions(exported);
        description.setReferences(List.of());
        description.setImportedNames(List.of());
        return description;
    }

    /**
     * The names of {@code element} and, where the strategy says so, of its contents in this resource.
     * Walked by hand: EMF's tree iterator finds an element's contents before it can be told not to
     * descend, for each of a config's 10,000 assignments.
     */
    @SuppressWarnings("unchecked")
    private static void collect(IDefaultResourceDescriptionStrategy strategy, EObject element, List<IEObjectDescription> names) {
        if (!strategy.createEObjectDescriptions(element, names::add)) {
            return;
        }
        for (Iterator<EObject> contents = ((InternalEList<EObject>) element.eContents()).basicIterator(); contents.hasNext();) {
            EObject child = contents.next();
            if (((InternalEObject) child).eDirectResource() == null) { // a proper content: not the root of another resource
                collect(strategy, child, names);
            }
        }
    }

    /**
     * A changed file for Xtext's {@code isAffected}. Unlike DefaultResourceDescriptionDelta it has a
     * URI also when the file was in the index neither before nor after (loaded by linking, or broken).
     */
    record FileDelta(URI getUri, IResourceDescription getOld, IResourceDescription getNew) implements IResourceDescription.Delta {
        @Override
        public boolean haveEObjectDescriptionsChanged() {
            return true;
        }
    }
}

package org.devassign.dsl.scoping;

import java.util.Collection;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.Consumer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The consumers an assignment may name: the config's own, then those of the configs it imports (the
 * first to claim a name keeps it). Linking asks each assignment's scope for one name, which is
 * usually one of the config's own consumers: that is looked up in the config's list, without reading
 * the imports or building the scope; everything else goes to the full scope, built on first use.
 */
final class ConsumerScope implements IScope, NameListing, NameLookup {

    private final AssignmentConfig config;
    private NamedScope full;

    ConsumerScope(AssignmentConfig config) {
        this.config = config;
    }

    private NamedScope full() {
        if (full == null) {
            NamedScope.Builder scope = NamedScope.builder();
            for (Consumer consumer : config.getConsumers()) {
                scope.add(consumer.getName(), consumer);
            }
            for (AssignmentConfig imported : Configs.importedConfigs(config)) {
                for (Consumer consumer : imported.getConsumers()) {
                    scope.add(consumer.getName(), consumer);
                }
            }
            full = scope.build();
        }
        return full;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        EObject element = lookUp(name.toString());
        return element == null ? null : EObjectDescription.create(name, element);
    }

    @Override
    public EObject lookUp(String name) {
        if (!name.isEmpty()) {
            for (Consumer consumer : config.getConsumers()) {
                if (name.equals(consumer.getName())) {
                    return consumer;
                }
            }
        }
        return full().get(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return full().getElements(name);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        return full().getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return full().getElements(object);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return full().getAllElements();
    }

    @Override
    public Collection<String> allNames() {
        return full().allNames();
    }

    @Override
    public String toString() {
        return "consumers of " + config.getName();
    }
}

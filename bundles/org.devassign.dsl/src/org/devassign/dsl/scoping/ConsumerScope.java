package org.devassign.dsl.scoping;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.Consumer;
import org.eclipse.emf.ecore.EObject;

/**
 * The consumers an assignment may name: the config's own, then those of the configs it imports (the
 * first to claim a name keeps it). Linking asks each assignment's scope for one name, which is
 * usually one of the config's own consumers: that is looked up in the config's list, without reading
 * the imports or building the scope; everything else goes to the full scope, built on first use.
 */
final class ConsumerScope extends FastLookupScope {

    private final AssignmentConfig config;

    ConsumerScope(AssignmentConfig config) {
        this.config = config;
    }

    @Override
    protected NamedScope build() {
        NamedScope.Builder scope = NamedScope.builder();
        for (Consumer consumer : config.getConsumers()) {
            scope.add(consumer.getName(), consumer);
        }
        for (AssignmentConfig imported : Configs.importedConfigs(config)) {
            for (Consumer consumer : imported.getConsumers()) {
                scope.add(consumer.getName(), consumer);
            }
        }
        return scope.build();
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
    public String toString() {
        return "consumers of " + config.getName();
    }
}

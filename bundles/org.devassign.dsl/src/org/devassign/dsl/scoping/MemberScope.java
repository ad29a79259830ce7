package org.devassign.dsl.scoping;

import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.Device;
import org.eclipse.emf.ecore.EObject;

/**
 * The regions or interrupts an assignment's {@code map} and {@code irq} lines may name
 * ({@link AssignScopeProvider#members}). Linking asks each such scope for one name, so for the usual
 * assignment of one device the name is looked up among that device's regions or interrupts directly
 * ({@link AssignScopeProvider#memberNamed}), with the answer the full scope gives (its plain names
 * first, then device.name); everything else, and every assignment of several devices, goes to the
 * full scope, built on first use.
 */
final class MemberScope extends FastLookupScope {

    private final Assignment assignment;
    private final boolean regions;
    private final Set<Device> devices;

    MemberScope(Assignment assignment, boolean regions) {
        this.assignment = assignment;
        this.regions = regions;
        this.devices = Configs.devicesOf(assignment);
    }

    @Override
    protected NamedScope build() {
        return AssignScopeProvider.build(devices, regions);
    }

    @Override
    public EObject lookUp(String name) {
        return devices.size() != 1 ? full().get(name) : lookUp(devices.iterator().next(), name);
    }

    /** What the full scope of one device holds under {@code name}: a plain name claims it before a device.name. */
    private EObject lookUp(Device device, String name) {
        if (name.isEmpty()) {
            return null;
        }
        EObject plain = AssignScopeProvider.memberNamed(device, regions, name);
        if (plain != null) {
            return plain;
        }
        String prefix = device.getName() + ".";
        return name.startsWith(prefix) ? AssignScopeProvider.memberNamed(device, regions, name.substring(prefix.length())) : null;
    }

    @Override
    public String toString() {
        return (regions ? "regions" : "interrupts") + " of " + assignment;
    }
}

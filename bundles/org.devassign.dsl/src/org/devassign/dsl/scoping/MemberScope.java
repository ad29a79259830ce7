package org.devassign.dsl.scoping;

import java.util.Collection;
import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.Device;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The regions or interrupts an assignment's {@code map} and {@code irq} lines may name
 * ({@link AssignScopeProvider#members}). Linking asks each such scope for one name, so for the usual
 * assignment of one device the name is looked up among that device's regions or interrupts directly
 * ({@link AssignScopeProvider#memberNamed}), with the answer the full scope gives (its plain names
 * first, then device.name); everything else, and every assignment of several devices, goes to the
 * full scope, built on first use.
 */
final class MemberScope implements IScope, NameListing, NameLookup {

    private final Assignment assignment;
    private final boolean regions;
    private final Set<Device> devices;
    private NamedScope full;

    MemberScope(Assignment assignment, boolean regions) {
        this.assignment = assignment;
        this.regions = regions;
        this.devices = Configs.devicesOf(assignment);
    }

    private NamedScope full() {
        if (full == null) {
            full = AssignScopeProvider.build(devices, regions);
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
        return (regions ? "regions" : "interrupts") + " of " + assignment;
    }
}

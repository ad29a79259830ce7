package org.devassign.dsl.scoping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.Region;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;

/**
 * What each name in a config can refer to:
 * <ul>
 * <li>a device (also the physical function of {@code vfs nic0 count 4} and {@code assign nic0.vf[0]}): the
 * config's board's devices, by model name, sysfs name (PCI address) or DT path;
 * <li>a group: the board's IOMMU groups, by number;
 * <li>a region or interrupt: those of the assigned device(s), by name (BAR0, msi) or index (0),
 * and as device.name (edu2.BAR0), which a group assignment needs;
 * <li>a consumer: those of this config and of the configs it imports.
 * </ul>
 */
public class AssignScopeProvider extends AbstractAssignScopeProvider {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == PKG.getAssignment_Device() || reference == PKG.getIommuGroup_Devices()
                || reference == PKG.getAssignment_PhysicalFunction() || reference == PKG.getVirtualFunctions_PhysicalFunction()) {
            Board board = reference == PKG.getIommuGroup_Devices() ? EcoreUtil2.getContainerOfType(context, Board.class)
                    : Configs.boardOf(Configs.configOf(context));
            if (board == null) {
                return IScope.NULLSCOPE;
            }
            BoardIndex index = BoardIndex.of(board);
            return NamedScope.over(index.devices(), device -> index.namesOf((Device) device));
        }
        if (reference == PKG.getAssignment_Group()) {
            Board board = Configs.boardOf(Configs.configOf(context));
            if (board == null) {
                return IScope.NULLSCOPE;
            }
            BoardIndex index = BoardIndex.of(board);
            return NamedScope.over(index.groups(), group -> List.of(Integer.toString(((org.devassign.model.IommuGroup) group).getId())));
        }
        if (reference == PKG.getAssignment_Consumer()) {
            return consumers(Configs.configOf(context));
        }
        if (reference == PKG.getRegionMapping_Region() || reference == PKG.getIrqBinding_Interrupt()) {
            Assignment assignment = EcoreUtil2.getContainerOfType(context, Assignment.class);
            return assignment == null ? IScope.NULLSCOPE : members(assignment, reference == PKG.getRegionMapping_Region());
        }
        return super.getScope(context, reference);
    }

    private static IScope consumers(AssignmentConfig config) {
        return config == null ? IScope.NULLSCOPE : new ConsumerScope(config);
    }

    /**
     * Regions or interrupts of the assigned devices. Plain names (BAR0, 0, msi) only when one
     * device is assigned or the name is unique among the group's devices; device.name always.
     */
    static IScope members(Assignment assignment, boolean regions) {
        return new MemberScope(assignment, regions);
    }

    /** {@link #members}, every name at once: plain names of each device (in order) before its device.name. */
    static NamedScope build(Set<Device> devices, boolean regions) {
        Map<String, Integer> plainCount = new HashMap<>();
        for (Device device : devices) {
            for (String name : memberNames(device, regions).keySet()) {
                plainCount.merge(name, 1, Integer::sum);
            }
        }
        NamedScope.Builder scope = NamedScope.builder();
        for (Device device : devices) {
            Map<String, EObject> names = memberNames(device, regions);
            names.forEach((name, member) -> {
                if (plainCount.get(name) == 1) {
                    scope.add(name, member);
                }
            });
            names.forEach((name, member) -> scope.add(device.getName() + "." + name, member));
        }
        return scope.build();
    }

    /**
     * The element {@link #memberNames} maps {@code name} to, found without building the map (linking asks
     * once per map or irq line): a region by name, else by index; an interrupt by kind when it is the
     * only one of its kind, else by index.
     */
    public static EObject memberNamed(Device device, boolean regions, String name) {
        if (regions) {
            List<Region> all = device.getRegions();
            for (int i = 0; i < all.size(); i++) {
                if (name.equals(all.get(i).getName())) {
                    return all.get(i);
                }
            }
            for (int i = 0; i < all.size(); i++) {
                if (name.equals(Integer.toString(all.get(i).getIndex()))) {
                    return all.get(i);
                }
            }
            return null;
        }
        List<Interrupt> all = device.getInterrupts();
        Interrupt ofKind = null;
        int kinds = 0;
        for (int i = 0; i < all.size(); i++) {
            if (name.equals(all.get(i).getKind().getLiteral()) && kinds++ == 0) {
                ofKind = all.get(i);
            }
        }
        if (kinds == 1) {
            return ofKind;
        }
        for (int i = 0; i < all.size(); i++) {
            if (name.equals(Integer.toString(all.get(i).getIndex()))) {
                return all.get(i);
            }
        }
        return null;
    }

    /** Region names and indexes; interrupt kinds (when one of a kind) and indexes. */
    public static Map<String, EObject> memberNames(Device device, boolean regions) {
        Map<String, EObject> names = new java.util.LinkedHashMap<>();
        if (regions) {
            for (Region region : device.getRegions()) {
                if (region.getName() != null) {
                    names.putIfAbsent(region.getName(), region);
                }
            }
            for (Region region : device.getRegions()) {
                names.putIfAbsent(Integer.toString(region.getIndex()), region);
            }
        } else {
            Map<String, Integer> kinds = new HashMap<>();
            for (Interrupt interrupt : device.getInterrupts()) {
                kinds.merge(interrupt.getKind().getLiteral(), 1, Integer::sum);
            }
            for (Interrupt interrupt : device.getInterrupts()) {
                if (kinds.get(interrupt.getKind().getLiteral()) == 1) {
                    names.putIfAbsent(interrupt.getKind().getLiteral(), interrupt);
                }
            }
            for (Interrupt interrupt : device.getInterrupts()) {
                names.putIfAbsent(Integer.toString(interrupt.getIndex()), interrupt);
            }
        }
        return names;
    }
}

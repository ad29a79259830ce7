package org.devassign.model.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.Sriov;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The tree engineers read a board as: devices nested by topology (what sits behind which bridge),
 * each with its regions, interrupts, SR-IOV capability (with the BARs each VF gets) and device-tree dependencies, then the IOMMU groups with their
 * members. The workbench's Board Explorer and the CLI's {@code show} both draw this tree.
 */
public final class BoardOutline {

    /** A labelled grouping node under a board. */
    public record Folder(Board board, Kind kind) {
        public enum Kind { DEVICES, GROUPS }
    }

    /** A device listed under its IOMMU group; a separate element, so a viewer sees no duplicates. */
    public record GroupMember(IommuGroup group, Device device) {
    }

    private final AdapterFactory adapterFactory;

    public BoardOutline(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    /** An outline over DevAssign's own item providers, for callers with no adapter factory yet. */
    public static BoardOutline standard() {
        return new BoardOutline(newAdapterFactory());
    }

    /** Item providers for DevAssign models, for resources, and a reflective fallback. */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new DescriptiveItemProviderAdapterFactory());
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public List<Object> children(Object element) {
        List<Object> children = new ArrayList<>();
        switch (element) {
            case Board board -> {
                children.add(new Folder(board, Folder.Kind.DEVICES));
                if (!board.getIommuGroups().isEmpty()) {
                    children.add(new Folder(board, Folder.Kind.GROUPS));
                }
            }
            case Folder folder when folder.kind() == Folder.Kind.DEVICES -> {
                for (Device device : folder.board().getDevices()) {
                    if (device.getParent() == null || device.getParent().eContainer() != folder.board()) {
                        children.add(device);
                    }
                }
            }
            case Folder folder -> {
                List<IommuGroup> groups = new ArrayList<>(folder.board().getIommuGroups());
                groups.sort(Comparator.comparingInt(IommuGroup::getId));
                children.addAll(groups);
            }
            case Device device -> {
                children.addAll(device.getChildren());
                if (device instanceof PciDevice pci && pci.getSriov() != null) {
                    children.add(pci.getSriov());
                }
                children.addAll(device.getRegions());
                children.addAll(device.getInterrupts());
                if (device instanceof PlatformDevice platform) {
                    children.addAll(platform.getDtDependencies());
                }
            }
            case IommuGroup group -> group.getDevices().forEach(d -> children.add(new GroupMember(group, d)));
            case Region region -> {
                children.addAll(region.getSparseAreas());
                children.addAll(region.getRegisters());
            }
            case Sriov sriov -> children.addAll(sriov.getVfRegions());
            case Register register -> children.addAll(register.getFields());
            case GroupMember member -> { }
            case AssignmentConfig config -> {
                children.addAll(config.getConsumers());
                children.addAll(config.getVirtualFunctions());
                children.addAll(config.getAssignments());
            }
            default -> {
                ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element,
                        ITreeItemContentProvider.class);
                if (provider != null) {
                    children.addAll(provider.getChildren(element));
                }
            }
        }
        return children;
    }

    /** The element's parent in this tree (not always its EMF container), so viewers can reveal it. */
    public Object parent(Object element) {
        return switch (element) {
            case Board board -> null;
            case Folder folder -> folder.board();
            case GroupMember member -> member.group();
            case Device device when device.getParent() != null && device.getParent().eContainer() == device.eContainer() ->
                device.getParent();
            case Device device when device.eContainer() instanceof Board board -> new Folder(board, Folder.Kind.DEVICES);
            case IommuGroup group when group.eContainer() instanceof Board board -> new Folder(board, Folder.Kind.GROUPS);
            case EObject object -> object.eContainer();
            default -> null;
        };
    }

    public boolean hasChildren(Object element) {
        return !children(element).isEmpty();
    }

    public String text(Object element) {
        return switch (element) {
            case Folder folder when folder.kind() == Folder.Kind.DEVICES ->
                "Devices (" + folder.board().getDevices().size() + ")";
            case Folder folder -> "IOMMU groups (" + folder.board().getIommuGroups().size() + ")";
            case GroupMember member -> ItemTexts.device(member.device());
            default -> {
                IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
                yield labels != null ? labels.getText(element) : String.valueOf(element);
            }
        };
    }

    /** The element's icon as EMF.Edit describes it (a URL or a composed image), or null. */
    public Object image(Object element) {
        Object subject = element instanceof GroupMember member ? member.device() : element;
        if (subject instanceof Folder) {
            return null;
        }
        IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(subject, IItemLabelProvider.class);
        return labels != null ? labels.getImage(subject) : null;
    }

    /** Prints the tree below {@code root} with box-drawing branches, one element per line. */
    public void print(Object root, Appendable out) {
        try {
            out.append(text(root)).append('\n');
            printChildren(root, "", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printChildren(Object element, String indent, Appendable out) throws IOException {
        List<Object> children = children(element);
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            Object child = children.get(i);
            out.append(indent).append(last ? "└── " : "├── ").append(text(child)).append('\n');
            printChildren(child, indent + (last ? "    " : "│   "), out);
        }
    }
}

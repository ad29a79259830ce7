package org.devassign.dsl.ide.server;

import java.util.stream.Collectors;

import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Hover on a device, region, interrupt, group or consumer: the board's facts about it, in Markdown.
 * In a member name ({@code map edu2.BAR0}) the part before the dot is the device, the part after
 * it the region or interrupt: each shows its own facts.
 */
public class DeviceFactsHover extends HoverService {

    @Inject
    private EObjectAtOffsetHelper elements;

    @Override
    protected HoverContext createContext(Document document, XtextResource resource, int offset) {
        HoverContext context = super.createContext(document, resource, offset);
        if (context == null || !(context.getElement() instanceof Region || context.getElement() instanceof Interrupt)) {
            return context;
        }
        INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (node == null) {
            return context;
        }
        String text = document.getContents().substring(node.getOffset(), node.getEndOffset());
        int dot = text.indexOf('.');
        if (dot < 0) {
            return context;
        }
        int dotAt = node.getOffset() + dot;
        if (offset <= dotAt) {
            Device device = context.getElement() instanceof Region region ? region.getDevice() : ((Interrupt) context.getElement()).getDevice();
            return new HoverContext(document, resource, offset, new TextRegion(node.getOffset(), dot), device);
        }
        return new HoverContext(document, resource, offset, new TextRegion(dotAt + 1, node.getEndOffset() - dotAt - 1), context.getElement());
    }

    @Override
    public String getContents(EObject element) {
        return switch (element) {
            case Device device -> device(device);
            case Region region -> region(region);
            case Interrupt interrupt -> interrupt(interrupt);
            case IommuGroup group -> "**" + Labels.of(group) + "**: " + group.getDevices().stream()
                    .map(d -> Labels.of(d) + " (" + driver(d) + ")").collect(Collectors.joining(", "));
            case VmGuest vm -> "**VM guest " + vm.getName() + "**: " + Labels.size(vm.getMemorySize()) + ", " + vm.getVcpus() + " vCPUs, "
                    + vm.getMachine() + memlock(vm);
            case UserspaceDriver driver -> "**user-space driver " + driver.getName() + "**: uid " + driver.getUid() + ", gid "
                    + driver.getGid() + memlock(driver);
            case Consumer consumer -> "**" + Labels.of(consumer) + "**" + memlock(consumer);
            default -> super.getContents(element);
        };
    }

    static String device(Device device) {
        StringBuilder md = new StringBuilder("**").append(Labels.of(device)).append("**");
        if (device instanceof PciDevice pci) {
            md.append(String.format(" [%04x:%04x]", pci.getVendorId(), pci.getDeviceId()));
        }
        md.append("\n\n- driver: ").append(driver(device));
        md.append("\n- IOMMU group: ").append(device.getIommuGroup() == null ? "none" : device.getIommuGroup().getId() + " ("
                + device.getIommuGroup().getDevices().stream().map(Device::getName).collect(Collectors.joining(", ")) + ")");
        md.append("\n- reset: ").append(device.getResetMethods().isEmpty() ? "none known" : String.join(", ", device.getResetMethods()));
        if (device.getProtection() != null && device.getProtection() != org.devassign.model.Protection.NONE) {
            md.append("\n- protected: ").append(device.getProtection().getLiteral());
        }
        for (Region region : device.getRegions()) {
            md.append("\n- ").append(regionLine(region));
        }
        for (Interrupt interrupt : device.getInterrupts()) {
            md.append("\n- ").append(interruptLine(interrupt));
        }
        return md.toString();
    }

    private static String region(Region region) {
        return "**" + Labels.of(region) + "**\n\n" + regionLine(region);
    }

    private static String interrupt(Interrupt interrupt) {
        return "**" + Labels.of(interrupt) + "**\n\n" + interruptLine(interrupt);
    }

    private static String regionLine(Region region) {
        return "region " + region.getIndex() + " " + region.getName() + ": " + Labels.size(region.getSize()) + " at "
                + Labels.hex(region.getBase()) + (region.isMmappable() ? ", mmap" : ", read/write only");
    }

    private static String interruptLine(Interrupt interrupt) {
        return "irq " + interrupt.getIndex() + " " + interrupt.getKind().getLiteral() + " x" + interrupt.getCount()
                + (interrupt.isEventfd() ? ", eventfd" : "") + (interrupt.isMaskable() ? ", maskable" : "")
                + (interrupt.isAutomasked() ? ", automasked" : "");
    }

    private static String driver(Device device) {
        return device.getDriver() == null ? "no driver" : device.getDriver();
    }

    private static String memlock(Consumer consumer) {
        return consumer.isSetMemlockLimit() ? ", memlock " + Labels.size(consumer.getMemlockLimit()) : "";
    }
}

package org.devassign.dsl.ide.proposals;

import java.util.stream.Collectors;

import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Probe;
import org.devassign.model.Region;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * What a proposed name is, in the language's words: a one-line detail ("device edu0
 * (0000:00:05.0), group 4, no driver"), the board's facts as documentation, and the kind an editor
 * shows an icon for. Never the model's class names.
 */
final class ProposalFacts {

    private ProposalFacts() {
    }

    /** Sets detail, documentation and kind of the entry for {@code element}; false when it is nothing the language names. */
    static boolean describe(ContentAssistEntry entry, Object element) {
        switch (element) {
            case Device device -> {
                entry.setKind(ContentAssistEntry.KIND_MODULE);
                entry.setDescription(Labels.of(device) + (device.getIommuGroup() == null ? "" : ", group " + device.getIommuGroup().getId())
                        + ", " + driver(device));
                entry.setDocumentation(deviceFacts(device));
            }
            case IommuGroup group -> {
                entry.setKind(ContentAssistEntry.KIND_UNIT);
                entry.setDescription(Labels.of(group) + ": " + group.getDevices().stream().map(Device::getName).collect(Collectors.joining(", ")));
                entry.setDocumentation(group.getDevices().stream().map(d -> Labels.of(d) + ", " + driver(d)
                        + DeviceFacts.protection(d).map(p -> ", protected (" + p.kind().literal() + ")").orElse(""))
                        .collect(Collectors.joining("\n")));
            }
            case Region region -> {
                entry.setKind(ContentAssistEntry.KIND_FIELD);
                entry.setDescription(Labels.of(region));
                entry.setDocumentation(regionLine(region));
            }
            case Interrupt interrupt -> {
                entry.setKind(ContentAssistEntry.KIND_PROPERTY);
                entry.setDescription(Labels.of(interrupt));
                entry.setDocumentation(interruptLine(interrupt));
            }
            case Consumer consumer -> {
                entry.setKind(ContentAssistEntry.KIND_CLASS);
                entry.setDescription(consumerLabel(consumer));
                entry.setDocumentation(consumerFacts(consumer));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static String consumerLabel(Consumer consumer) {
        return switch (consumer) {
            case VmGuest vm -> "VM guest " + vm.getName();
            case UserspaceDriver driver -> "user-space driver " + driver.getName();
            case Probe probe -> "agent probe " + probe.getName();
            default -> "consumer " + consumer.getName();
        };
    }

    private static String consumerFacts(Consumer consumer) {
        String memlock = consumer.isSetMemlockLimit() ? "memlock " + Labels.size(consumer.getMemlockLimit()) : "no memlock stated";
        return switch (consumer) {
            case VmGuest vm -> Labels.size(vm.getMemorySize()) + ", " + vm.getVcpus() + " vCPUs, machine " + vm.getMachine() + ", QEMU "
                    + vm.getQemuVersion() + ", libvirt " + vm.getLibvirtVersion() + ", " + memlock;
            case UserspaceDriver driver -> "uid " + driver.getUid() + ", gid " + driver.getGid() + ", " + memlock
                    + (driver.getSocketPath() == null ? "" : ", socket " + driver.getSocketPath());
            default -> "the DevAssign agent itself holds the devices; " + memlock;
        };
    }

    private static String deviceFacts(Device device) {
        StringBuilder facts = new StringBuilder(Labels.of(device));
        facts.append("\ndriver: ").append(driver(device));
        facts.append("\nIOMMU group: ").append(device.getIommuGroup() == null ? "none" : device.getIommuGroup().getId() + " ("
                + device.getIommuGroup().getDevices().stream().map(Device::getName).collect(Collectors.joining(", ")) + ")");
        facts.append("\nreset: ").append(device.getResetMethods().isEmpty() ? "none known" : String.join(", ", device.getResetMethods()));
        for (Region region : device.getRegions()) {
            facts.append('\n').append(regionLine(region));
        }
        for (Interrupt interrupt : device.getInterrupts()) {
            facts.append('\n').append(interruptLine(interrupt));
        }
        return facts.toString();
    }

    static String regionLine(Region region) {
        return "region " + region.getIndex() + " " + region.getName() + ": " + Labels.size(region.getSize()) + " at "
                + Labels.hex(region.getBase()) + (region.isMmappable() ? ", mmap" : ", read/write only");
    }

    static String interruptLine(Interrupt interrupt) {
        return "irq " + interrupt.getIndex() + " " + interrupt.getKind().getLiteral() + " x" + interrupt.getCount()
                + (interrupt.isEventfd() ? ", eventfd" : "") + (interrupt.isMaskable() ? ", maskable" : "")
                + (interrupt.isAutomasked() ? ", automasked" : "");
    }

    private static String driver(Device device) {
        return device.getDriver() == null ? "no driver" : "on " + device.getDriver();
    }
}

package org.devassign.dsl.generator;

import java.util.List;
import java.util.Locale;

import org.devassign.model.AssignmentConfig;

/** What a validated config can be turned into, for the tools people already use. */
public enum Target {
    /** QEMU command-line arguments per VM guest (container/group, or iommufd for 'open cdev'). */
    QEMU(new QemuArguments()),
    /** A libvirt domain per VM guest, with one {@code <hostdev>} per assigned PCI function. */
    LIBVIRT(new LibvirtDomains()),
    /** A device-tree overlay with a node per assigned platform device. */
    DTS(new DeviceTreeOverlay()),
    /** A C header per user-space driver: region indexes, sizes and offsets, IRQ indexes, DMA windows. */
    C(new CHeaders()),
    /** Bindings that survive a reboot: driverctl commands, or udev and modprobe.d rules. */
    PERSIST(new PersistentBindings());

    private final Generator generator;

    Target(Generator generator) {
        this.generator = generator;
    }

    public List<GeneratedFile> generate(AssignmentConfig config, Generator.Options options) {
        return generator.generate(config, options);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Target of(String name) {
        for (Target target : values()) {
            if (target.cliName().equals(name)) {
                return target;
            }
        }
        return null;
    }

    /** A generator: a function of a config that has no errors. */
    public interface Generator {
        List<GeneratedFile> generate(AssignmentConfig config, Options options);

        /** @param fdPassing QEMU: pass pre-opened /dev/iommu and vfio cdev fds (fd=N) instead of letting QEMU open them */
        record Options(boolean fdPassing) {
            public static final Options DEFAULT = new Options(false);
        }
    }
}

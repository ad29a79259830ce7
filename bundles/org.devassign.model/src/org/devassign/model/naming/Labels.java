package org.devassign.model.naming;

import org.devassign.core.identity.Printable;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.NamedElement;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.facts.SriovFacts;
import org.eclipse.emf.ecore.EObject;

/**
 * How model elements are named in messages, so every error, log line and label names an element
 * the same way: "device edu0 (0000:00:02.0)", "region BAR0 of device edu0 (0000:00:02.0)".
 */
public final class Labels {

    private Labels() {
    }

    public static String of(EObject element) {
        if (element == null) {
            return "(nothing)";
        }
        if (element instanceof Device device) {
            return of(device);
        }
        if (element instanceof Region region) {
            return of(region);
        }
        if (element instanceof Interrupt interrupt) {
            return of(interrupt);
        }
        if (element instanceof IommuGroup group) {
            return of(group);
        }
        if (element instanceof Register register) {
            return "register " + name(register.getName()) + " at " + hex(register.getOffset());
        }
        if (element instanceof Board board) {
            return "board " + name(board.getName());
        }
        if (element instanceof Consumer consumer) {
            return "consumer " + name(consumer.getName());
        }
        if (element instanceof Assignment assignment) {
            return of(assignment);
        }
        if (element instanceof VirtualFunctions vfs) {
            return "creation of " + vfs.getCount() + " VFs on " + of(vfs.getPhysicalFunction());
        }
        if (element instanceof NamedElement named) {
            return element.eClass().getName() + " " + name(named.getName());
        }
        EObject container = element.eContainer();
        String kind = element.eClass().getName();
        return container == null ? kind : kind + " in " + of(container);
    }

    /** "device edu0 (0000:00:02.0)", or just the kernel name when the model name is the same. */
    public static String of(Device device) {
        if (device == null) {
            return "(no device)";
        }
        String name = device.getName();
        String sysfs = device.getSysfsName();
        if (name == null) {
            return "device " + name(sysfs);
        }
        if (sysfs == null || sysfs.equals(name)) {
            return "device " + name(name);
        }
        return "device " + name(name) + " (" + name(sysfs) + ")";
    }

    public static String of(Region region) {
        String name = region.getName() != null ? name(region.getName()) : "#" + region.getIndex();
        if (SriovFacts.isVfBar(region)) {
            return "region " + name + " (index " + region.getIndex() + ") of each VF of " + of(SriovFacts.ownerOf(region));
        }
        return "region " + name + " (index " + region.getIndex() + ") of " + of(region.getDevice());
    }

    public static String of(Interrupt interrupt) {
        return "interrupt index " + interrupt.getIndex() + " (" + interrupt.getKind().getLiteral() + ") of "
                + of(interrupt.getDevice());
    }

    public static String of(IommuGroup group) {
        return (group.isNoIommu() ? "no-IOMMU group " : "IOMMU group ") + group.getId();
    }

    public static String of(Assignment assignment) {
        String what = assignment.getGroup() != null ? of(assignment.getGroup())
                : SriovFacts.isVfAssignment(assignment) ? SriovFacts.range(assignment) + " of " + of(assignment.getPhysicalFunction())
                : of(assignment.getDevice());
        String to = assignment.getConsumer() == null ? "no consumer" : name(assignment.getConsumer().getName());
        return "assignment of " + what + " to " + to;
    }

    /**
     * A name as the kernel or a file gave it, with control, non-ASCII and quoting characters escaped
     * ({@link Printable#escape}): a device-tree node or a board file can name a device with a newline or
     * a terminal's escape sequence, and a label must stay one harmless line. Not quoted: the names of
     * an ordinary board read as before.
     */
    static String name(String text) {
        return text == null ? "null" : Printable.escape(text);
    }

    public static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** A byte count the way people say it: 4 KiB, 1 MiB, 1.5 GiB, 100 bytes. */
    public static String size(long bytes) {
        String[] units = { "KiB", "MiB", "GiB", "TiB" };
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value)) + " " + units[unit];
    }
}

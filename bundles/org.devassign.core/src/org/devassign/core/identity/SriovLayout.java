package org.devassign.core.identity;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an SR-IOV physical function's virtual functions are: VF {@code n} (counted from 0) has the
 * routing ID of the PF plus {@code offset + n * stride} (the First VF Offset and VF Stride of the
 * PF's SR-IOV capability, in routing IDs: bus * 256 + device/function), in the PF's PCI domain. This
 * is the kernel's arithmetic ({@code pci_iov_virtfn_bus}, {@code pci_iov_virtfn_devfn}). A VF does
 * not exist until the PF's driver enables it, so its computed address is how a config, a plan and
 * the agent name it ahead of time; once it exists, the address is its identity like any function's.
 * The PF's lab board igb at 0000:00:0c.0 with offset 128 and stride 2 has VF 0 at 0000:00:1c.0 and
 * VF 1 at 0000:00:1c.2.
 *
 * @param offset First VF Offset (0 to 65535)
 * @param stride VF Stride (0 to 65535; 0 only makes sense for a PF with one VF)
 */
public record SriovLayout(PciAddress pf, int offset, int stride) {

    /** A VF number is a 16-bit count (TotalVFs). */
    public static final int MAX_VFS = 0xffff;

    public SriovLayout {
        if (pf == null || offset < 0 || offset > 0xffff || stride < 0 || stride > 0xffff) {
            throw new IllegalArgumentException("SR-IOV layout out of range: PF " + pf + ", offset " + offset + ", stride " + stride);
        }
    }

    /** The address of VF {@code index} of the PF at {@code pf}: see {@link #vf(int)}. */
    public static PciAddress vfAddress(PciAddress pf, int offset, int stride, int index) {
        return new SriovLayout(pf, offset, stride).vf(index);
    }

    /**
     * The address of VF {@code index}.
     *
     * @throws IllegalArgumentException when the index is negative or above {@link #MAX_VFS}, when a
     *         stride of 0 would put a second VF on the first one's address, or when the VF would be
     *         beyond bus 255 (the PF cannot have it)
     */
    public PciAddress vf(int index) {
        return tryVf(index).orElseThrow(() -> new IllegalArgumentException(why(index)));
    }

    /** {@link #vf(int)}, or empty where it throws. */
    public Optional<PciAddress> tryVf(int index) {
        if (index < 0 || index > MAX_VFS || index > 0 && stride == 0) {
            return Optional.empty();
        }
        long routingId = routingId(pf) + offset + (long) index * stride;
        if (routingId > 0xffff) {
            return Optional.empty();
        }
        int bus = (int) (routingId >> 8);
        int devfn = (int) (routingId & 0xff);
        return Optional.of(new PciAddress(pf.domain(), bus, devfn >> 3, devfn & 7));
    }

    /** Which VF of this PF the address is, among the first {@code count}; empty when it is none of them. */
    public OptionalInt indexOf(PciAddress address, int count) {
        if (address == null || address.domain() != pf.domain()) {
            return OptionalInt.empty();
        }
        long delta = routingId(address) - routingId(pf) - offset;
        if (delta < 0) {
            return OptionalInt.empty();
        }
        if (stride == 0) {
            return delta == 0 && count > 0 ? OptionalInt.of(0) : OptionalInt.empty();
        }
        if (delta % stride != 0 || delta / stride >= count) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (delta / stride));
    }

    private String why(int index) {
        if (index < 0 || index > MAX_VFS) {
            return "VF index " + index + " is not a VF number (0 to " + MAX_VFS + ")";
        }
        if (stride == 0) {
            return "PF " + pf + " has a VF stride of 0: only its VF 0 has an address of its own, not VF " + index;
        }
        return "VF " + index + " of PF " + pf + " (offset " + offset + ", stride " + stride + ") would be beyond PCI bus 255";
    }

    private static long routingId(PciAddress address) {
        return (address.busNumber() << 8) | (address.slot() << 3) | address.function();
    }
}

package org.devassign.core.identity;

import java.util.Comparator;
import java.util.Optional;

/**
 * A device as the kernel names it, in canonical form. {@link #parse} is the one way from text to an
 * identity: it accepts a PCI address (normalised to {@code dddd:bb:ss.f} in lower case), an fsl-mc
 * object ({@code dprc.1}, {@code dpni.3}) or a platform device name ({@code LNRO0005:00},
 * {@code fe300000.serial}), and refuses everything else, paths above all: an identity can be
 * resolved below {@code /sys/bus/BUS/devices} without leaving it.
 */
public sealed interface DeviceId extends Comparable<DeviceId> permits PciAddress, PlatformName, FslMcName {

    /** Text shaped like a PCI address ({@code 0000:00:20.0}, {@code 00:1f.8}) that {@link PciAddress#parseOrNull} refused. */
    java.util.regex.Pattern PCI_SHAPED = java.util.regex.Pattern.compile("(\\p{XDigit}+:)?\\p{XDigit}+:\\p{XDigit}+\\.\\p{XDigit}+");

    /** Orders PCI addresses numerically, then platform names, then fsl-mc objects. */
    Comparator<DeviceId> ORDER = Comparator.comparing(DeviceId::bus).thenComparing(DeviceId::sortKey);

    Bus bus();

    /** The kernel's name: the directory under {@code /sys/bus/BUS/devices}, and what VFIO's GET_DEVICE_FD takes. */
    String kernelName();

    /** A key that sorts identities of one bus in their natural order. */
    String sortKey();

    @Override
    default int compareTo(DeviceId other) {
        return ORDER.compare(this, other);
    }

    /**
     * Parses a device name from a client, a file or the kernel.
     *
     * @throws DeviceNameException naming the text (escaped) and saying what a valid name looks like
     */
    static DeviceId parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new DeviceNameException(text, "it is empty");
        }
        PciAddress pci = PciAddress.parseOrNull(text);
        if (pci != null) {
            return pci;
        }
        if (PCI_SHAPED.matcher(text).matches()) {
            throw new DeviceNameException(text, "it looks like a PCI address, but one out of range: the slot is at most 1f and the function at most 7");
        }
        FslMcName mc = FslMcName.parseOrNull(text);
        if (mc != null) {
            return mc;
        }
        return PlatformName.parse(text);
    }

    /** {@link #parse}, or empty for text that names no device. */
    static Optional<DeviceId> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (DeviceNameException e) {
            return Optional.empty();
        }
    }
}

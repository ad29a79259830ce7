package org.devassign.core.rules;

/**
 * What a generated file may use, by the version of the tool that reads it: the first release of
 * QEMU or libvirt that accepts it. Generators write a feature only for a target at or above that
 * version and otherwise refuse, naming the version needed ({@link #refusal}); nothing is dropped
 * without a word.
 */
public enum ToolFeature {

    /**
     * QEMU's iommufd backend: {@code -object iommufd} and vfio-pci's {@code iommufd=} property
     * (QEMU 9.0; Debian 12's 7.2 rejects both).
     */
    QEMU_IOMMUFD("QEMU", new ToolVersion(9, 0, 0), "iommufd backend (-object iommufd)"),

    /**
     * libvirt's iommufd form of a PCI host device, {@code <driver iommufd='yes'/>}, with which
     * libvirt opens /dev/iommu and the device's VFIO cdev for QEMU (libvirt 11.10; Debian 12 has
     * 9.0, bookworm-backports 11.3, whose schemas have no such attribute).
     */
    LIBVIRT_IOMMUFD("libvirt", new ToolVersion(11, 10, 0), "iommufd form of host devices (<driver iommufd='yes'/>)");

    private final String tool;
    private final ToolVersion since;
    private final String what;

    ToolFeature(String tool, ToolVersion since, String what) {
        this.tool = tool;
        this.since = since;
        this.what = what;
    }

    /** "QEMU" or "libvirt". */
    public String tool() {
        return tool;
    }

    /** The first version that has it. */
    public ToolVersion since() {
        return since;
    }

    /** What it is, in the tool's own terms ("iommufd backend (-object iommufd)"). */
    public String what() {
        return what;
    }

    public boolean supportedBy(ToolVersion version) {
        return version.compareTo(since) >= 0;
    }

    /** "QEMU 7.2 has no iommufd backend (-object iommufd): it needs QEMU 9.0 or later". */
    public String refusal(ToolVersion version) {
        return tool + " " + version + " has no " + what + ": it needs " + tool + " " + since + " or later";
    }
}

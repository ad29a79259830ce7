package org.devassign.agent.api;

/**
 * Who gets a device: the agent itself (a probe), a user-space driver the agent hands descriptors
 * to, or a VM whose QEMU opens the device itself.
 */
public enum ConsumerKind {
    PROBE("probe"),
    USERSPACE("userspace"),
    VM("vm");

    private final String keyword;

    ConsumerKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** Whether the agent opens the device (a VM's devices are bound and left to QEMU). */
    public boolean agentOpens() {
        return this != VM;
    }

    @Override
    public String toString() {
        return keyword;
    }
}

package org.devassign.agent.api;

/**
 * What one step of a transaction does to a device: release the agent's VFIO descriptors, put the
 * device back on its saved driver, bind it to its VFIO driver, open it through VFIO; on an SR-IOV
 * physical function, create its virtual functions (sriov_numvfs) or remove them. The keyword is the
 * word on the wire and in the journal.
 */
public enum StepKind {
    CLOSE("close"),
    RESTORE("restore"),
    BIND("bind"),
    OPEN("open"),
    CREATE_VFS("create-vfs"),
    REMOVE_VFS("remove-vfs");

    private final String keyword;

    StepKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }
}

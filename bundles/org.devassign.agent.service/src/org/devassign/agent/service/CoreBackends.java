package org.devassign.agent.service;

import java.io.IOException;

import org.devassign.agent.service.backend.BoardBackend;

/** The backend on the agent core (real sysfs and VFIO). */
final class CoreBackends {

    private CoreBackends() {
    }

    static BoardBackend create(AgentConfig config) throws IOException {
        throw new IOException("the agent core (org.devassign.agent) is not in this build yet: use backend = simulated");
    }
}

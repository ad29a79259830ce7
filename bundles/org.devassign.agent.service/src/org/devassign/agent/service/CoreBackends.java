package org.devassign.agent.service;

import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.CoreBackend;

/** The backend on the agent core (real sysfs and VFIO), on the config's sysfs root. */
final class CoreBackends {

    private CoreBackends() {
    }

    static BoardBackend create(AgentConfig config) {
        return new CoreBackend(config.sysfs());
    }
}

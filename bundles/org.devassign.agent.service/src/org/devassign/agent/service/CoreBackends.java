package org.devassign.agent.service;

import java.net.InetAddress;
import java.util.Collection;
import java.util.function.Supplier;

import org.devassign.agent.binding.SysfsWriter;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.CoreBackend;

/** The backend on the agent core (real sysfs and VFIO), on the config's sysfs root. */
final class CoreBackends {

    private CoreBackends() {
    }

    /** @param agentAddresses the local addresses of the agent's connections: their interfaces are protected */
    static BoardBackend create(AgentConfig config, Supplier<? extends Collection<InetAddress>> agentAddresses) {
        return new CoreBackend(config.sysfs(), SysfsWriter.KERNEL, agentAddresses);
    }
}

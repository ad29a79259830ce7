package org.devassign.ui.deploy.live;

import java.io.IOException;
import java.util.function.Consumer;

import org.devassign.agent.api.IrqCounts;
import org.devassign.deploy.AgentLink;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;

/**
 * A live view's connection to a target with the debugger identity (registers and interrupts need
 * that role), opened on first use, reopened for another target or after the connection failed.
 */
final class DebugLink implements AutoCloseable {

    private final Consumer<IrqCounts> irqs;
    private AgentLink link;
    private AgentTarget target;

    DebugLink(Consumer<IrqCounts> irqs) {
        this.irqs = irqs;
    }

    synchronized AgentLink to(AgentTarget wanted) throws IOException {
        if (link == null || !wanted.equals(target)) {
            close();
            link = Targets.open(wanted, "debugger", p -> {
            }, irqs);
            target = wanted;
        }
        return link;
    }

    /** Forgets a link whose call failed, so the next use reconnects. */
    synchronized void failed() {
        close();
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
            target = null;
        }
    }
}

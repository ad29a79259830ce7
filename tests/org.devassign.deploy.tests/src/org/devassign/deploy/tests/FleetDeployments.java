package org.devassign.deploy.tests;

import org.devassign.agent.api.Deployment;

/** The deployment the fleet tests roll out: the edu devices of the simulated q35 board, one probed and two for a VM. */
final class FleetDeployments {

    static final Deployment EDU = AgentServiceTest.deployment("fleet-edu", AgentServiceTest.probe(AgentServiceTest.EDU0),
            AgentServiceTest.vm(AgentServiceTest.EDU2), AgentServiceTest.vm(AgentServiceTest.EDU3));

    private FleetDeployments() {
    }
}

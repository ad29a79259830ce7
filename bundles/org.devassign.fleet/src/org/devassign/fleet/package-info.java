/**
 * Fleets over MQTT 5: the versioned topic layout ({@link org.devassign.fleet.Topics}), what boards
 * announce (presence, summary), how boards are selected by their labels, and the broker's files
 * ({@link org.devassign.fleet.BrokerConfig}) and child process ({@link org.devassign.fleet.BrokerProcess}). The agent protocol is
 * the one of {@code org.devassign.agent.api}: this bundle carries it, it does not define another.
 * Headless, no OSGi needed; must not depend on the deployment client or the assignment language
 * (the agent's package holds this bundle).
 */
package org.devassign.fleet;

/**
 * The agent's second transport: it connects out to an MQTT 5 broker (boards behind NAT need no
 * open port), announces its presence and summary, and serves the agent protocol's requests from
 * signed MQTT commands through the same sessions, roles, audit and journal as a TLS connection.
 * Depends on org.devassign.fleet for the topics, the link and the signature check; never on the
 * deployment client.
 */
package org.devassign.agent.service.mqtt;

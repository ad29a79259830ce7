/**
 * A client of a fleet (an operator's CLI, the workbench): one broker connection that follows every
 * board's presence and summary, and per board the agent protocol's typed proxy
 * ({@link org.devassign.agent.api.AgentService}) over MQTT 5 request/response, each request signed
 * with the client's certificate. Must not depend on the assignment language or the UI.
 */
package org.devassign.fleet.client;

/**
 * The DevAssign agent protocol, version {@link org.devassign.agent.api.Protocol#VERSION}: the
 * JSON-RPC 2.0 methods the agent serves ({@link org.devassign.agent.api.AgentService}), the
 * notifications it sends back ({@link org.devassign.agent.api.AgentEvents}), and the plain records
 * they carry. Shared by the agent and every client; it depends on LSP4J's jsonrpc and Gson only,
 * never on the model, EMF or OSGi (boards travel as .board XML text).
 */
package org.devassign.agent.api;

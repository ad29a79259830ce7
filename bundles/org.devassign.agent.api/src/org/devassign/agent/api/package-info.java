/**
 * The DevAssign agent protocol, version {@link org.devassign.agent.api.Protocol#VERSION}: the
 * JSON-RPC 2.0 methods the agent serves ({@link org.devassign.agent.api.AgentService}), the
 * notifications it sends back ({@link org.devassign.agent.api.AgentEvents}), the records they carry,
 * and the protocol's error codes ({@link org.devassign.agent.api.ErrorCode}). Device names, drivers
 * and open paths are the core's types ({@code org.devassign.core}); on the wire they are JSON
 * strings that {@link org.devassign.agent.api.wire.ProtocolJson} canonicalises or refuses. Shared by
 * the agent and every client; it depends on LSP4J's jsonrpc, Gson and the core only, never on the
 * model, EMF or OSGi (boards travel as .board XML text).
 */
package org.devassign.agent.api;

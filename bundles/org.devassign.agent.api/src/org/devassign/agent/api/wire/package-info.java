/**
 * The agent protocol on a byte stream: Content-Length framing with hard limits (header size, body
 * size) read before anything is allocated, and a JSON-RPC 2.0 channel on LSP4J's
 * {@code MessageJsonHandler} and {@code RemoteEndpoint} with a gate that can refuse a request
 * (role, rate) before it reaches the service, and the JSON adapters of the protocol's typed values
 * ({@link org.devassign.agent.api.wire.ProtocolJson}), which refuse what is not one. Used by the
 * agent and the clients alike; no TLS here (the caller hands in the streams of its socket).
 */
package org.devassign.agent.api.wire;

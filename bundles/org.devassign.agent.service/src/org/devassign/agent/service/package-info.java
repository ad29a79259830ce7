/**
 * The DevAssign agent daemon: a plain Java main ({@link org.devassign.agent.service.AgentMain}) run by
 * systemd on the board. It serves the protocol of {@code org.devassign.agent.api} over TLS 1.3 with
 * client certificates, authorizes each call by role, writes an append-only audit log, applies
 * deployments as journaled transactions that a restart finishes or undoes, and hands device
 * descriptors to local consumers. The board itself is behind
 * {@link org.devassign.agent.service.backend.BoardBackend}. No OSGi, no UI.
 */
package org.devassign.agent.service;

package org.devassign.agent.api;

/** @param config when set, roll back only if this config is the active one (guards against surprises) */
public record RollbackRequest(String config) {
}

package org.devassign.agent.api;

/** @param state started, done, failed, undone; @param total the number of steps of the transaction */
public record Progress(long transaction, int index, int total, String action, String device, String state, String detail) {
}

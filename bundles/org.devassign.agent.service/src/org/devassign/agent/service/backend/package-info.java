/**
 * What the agent service needs from a board, as an interface the service owns
 * ({@link org.devassign.agent.service.backend.BoardBackend}): the live inventory, driver binding with
 * saved state, opening devices, registers and interrupt counts. {@code CoreBackend} puts it on the
 * agent core (real sysfs and VFIO); {@code SimulatedBackend} keeps a board in memory for fast unit
 * tests of the service's transactions, roles and protocol, never as the only proof.
 */
package org.devassign.agent.service.backend;

/**
 * Runs inside the virtual board (vmboard), started once per boot by releng/vm-tests: plain mains on
 * a class path (no OSGi, no JUnit), printing one PASS/FAIL line per check with the values read from
 * the kernel and QEMU. {@link org.devassign.agent.tests.board.BoardChecks} proves the agent core;
 * {@link org.devassign.agent.tests.board.OpenBench} times the open sequence for bench/agent.
 */
package org.devassign.agent.tests.board;

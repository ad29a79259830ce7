/**
 * Tests of the agent protocol, the agent service, the deployment client and the CLI verbs: on a
 * simulated board in process (fast: transactions, roles, TLS, malformed input, recovery,
 * hand-off) and on the q35 virtual board with the real agent core ({@code VmDeployTest}).
 */
package org.devassign.deploy.tests;

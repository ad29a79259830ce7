/**
 * Test helpers for fleets, shared by the deployment tests and the workbench's Fleet view tests:
 * Eclipse Mosquitto started with the files {@code devassign fleet broker} writes
 * ({@link org.devassign.testing.fleet.Mosquitto}), many real agent services on simulated boards in
 * one JVM, each with its own MQTT connection ({@link org.devassign.testing.fleet.SimulatedFleet}),
 * and both with an operator's connection for one test class
 * ({@link org.devassign.testing.fleet.FleetFixture}). A bundle of its own, not a package of
 * org.devassign.testing: that one stays free of the agent, the client and MQTT, for the bundles and
 * the plain class path (releng/vm-tests) that use it. Must not depend on the UI.
 */
package org.devassign.testing.fleet;

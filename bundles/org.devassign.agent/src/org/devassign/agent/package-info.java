/**
 * The agent's core: what runs on the board itself. It binds devices to VFIO drivers through
 * sysfs ({@link org.devassign.agent.binding}), opens them through the kernel's VFIO API via
 * java.lang.foreign ({@link org.devassign.agent.vfio}) and compares what the kernel reports with
 * the board model ({@link org.devassign.agent.drift}).
 *
 * <p>Headless, plain Java 25 and free of OSGi APIs: the agent runs as a plain java process on a
 * class path on the board. Depends on the model bundle only.
 */
package org.devassign.agent;

/**
 * JUnit tests of the agent core that need no VFIO hardware: struct layouts against the kernel's
 * uapi headers (compiled with gcc at test time), binding on simulated sysfs trees with a simulated
 * kernel, drift against the example boards. The live-board checks are in the board package.
 */
package org.devassign.agent.tests;

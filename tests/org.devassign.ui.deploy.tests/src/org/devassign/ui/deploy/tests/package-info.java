/**
 * UI tests of the workbench's deployment side (plain SWT/JFace in the UI harness): the views
 * against an agent service in this JVM on a simulated q35 board, and a deploy to the q35 virtual
 * board through the UI when the board can run here.
 */
package org.devassign.ui.deploy.tests;

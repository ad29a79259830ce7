/**
 * The workbench's deployment side: targets (agents), deploying a config as a job with its plan and
 * per-device progress, the deployment history with rollback, drift markers, and the live Registers
 * and Interrupts views. Everything goes through the headless client {@code org.devassign.deploy}.
 */
package org.devassign.ui.deploy;

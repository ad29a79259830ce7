/**
 * Agents the workbench deploys to: where they are stored (instance preferences, shared with the
 * preference pages), their connection state, the Targets view, and discovering a board from one.
 */
package org.devassign.ui.deploy.targets;

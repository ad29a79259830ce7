/**
 * Deploying a config from the workbench: the plan (the agent's dry run) shown first, then apply as
 * an Eclipse job with per-device progress, agent errors as markers on the config's lines, the
 * history of deployments and one-click rollback.
 */
package org.devassign.ui.deploy.deploy;

/**
 * The workbench's Fleet view: boards that connect out to an MQTT broker (org.devassign.fleet), listed
 * from their retained presence and summary, filtered by the label selector of {@code devassign fleet
 * deploy}, and rollouts by canary and waves run as jobs, resumed and rolled back as the CLI does, with
 * the CLI's settings (broker, certificate folder, rollout state folder). The table rows, the rollout
 * request and the rollout's rows are plain Java ({@link org.devassign.ui.deploy.fleet.BoardRows},
 * {@link org.devassign.ui.deploy.fleet.RolloutRequest}, {@link org.devassign.ui.deploy.fleet.RolloutRows});
 * only the view and its tables use SWT. Network work never runs on the UI thread.
 */
package org.devassign.ui.deploy.fleet;

/**
 * Rollouts: one deployment to the boards a label selector takes, a canary set first, then waves of
 * a given size. A wave with a failed board stops the rollout and rolls that wave back; boards that
 * are offline are reported and taken when they come back. The state is a file, written before each
 * step, so a rollout survives its operator's process: the next run resumes it. Depends on the fleet
 * client, never on the assignment language (the caller plans the deployment).
 */
package org.devassign.fleet.rollout;

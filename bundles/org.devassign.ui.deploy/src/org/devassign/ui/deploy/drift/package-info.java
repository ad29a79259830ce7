/**
 * Drift between a .board model and the live board an agent reports (its inventory): the
 * comparison (headless) and the job that marks the differences on the .board file's lines.
 */
package org.devassign.ui.deploy.drift;

/**
 * The headless deployment client: a plan from a board model and an assignment config
 * ({@link org.devassign.deploy.Planner}), the TLS connection to an agent
 * ({@link org.devassign.deploy.AgentLink}), agent errors turned back into model elements and
 * {@code .assign} lines ({@link org.devassign.deploy.DeployErrors}), and development TLS identities
 * ({@link org.devassign.deploy.Identities}) and where they are by default
 * ({@link org.devassign.deploy.CertificateFolder}). Used by the CLI and the workbench; never
 * depends on UI bundles.
 */
package org.devassign.deploy;

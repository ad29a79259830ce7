package org.devassign.ui.deploy.deploy;

import java.util.List;

/**
 * One deployment or rollback the workbench did, for the Deployments view.
 *
 * @param time ISO-8601 instant
 * @param target the target's name; @param address its HOST:PORT
 * @param config the config's name; @param file the .assign file
 * @param action deploy or rollback
 * @param outcome applied, unchanged, failed, rolled back, cancelled
 * @param devices one line per device (label, driver, consumer) or the error in model terms
 */
public record DeploymentRecord(String time, String target, String address, String config, String file, String action,
        long transaction, String outcome, List<String> devices) {
}

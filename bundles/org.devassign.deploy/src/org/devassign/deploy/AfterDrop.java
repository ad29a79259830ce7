package org.devassign.deploy;

import java.util.Objects;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.Status;

/**
 * What became of an apply whose connection ended before its answer came: the agent goes on with a
 * transaction when its client goes away (its journal ends it applied or undone, also across a restart),
 * so the client asks the agent's status afterwards and reads the outcome from it: the transaction it saw
 * in the progress notifications, or, when none came, whether the active deployment is the one it sent.
 *
 * @param committed whether the board now has the deployment
 * @param transaction the transaction concerned (-1 when unknown)
 * @param text one line for people: "committed (transaction 7)", "undone (transaction 7): ..."
 */
public record AfterDrop(boolean committed, long transaction, String text) {

    /**
     * @param transaction the transaction number of the apply's progress notifications, -1 when none came
     * @param sent the deployment the client sent
     */
    public static AfterDrop of(Status status, long transaction, Deployment sent) {
        boolean ours = sent.config().equals(status.config()) && Objects.equals(sent.digest(), status.digest());
        if (transaction < 0) {
            return ours ? new AfterDrop(true, status.lastTransaction(), "committed (transaction " + status.lastTransaction()
                    + "): the board has " + sent.config() + " as sent")
                    : new AfterDrop(false, -1, "not applied: the agent has " + (status.config() == null ? "nothing" : status.config())
                            + " deployed (last transaction " + status.lastTransaction() + ", " + status.lastOutcome() + ")");
        }
        if (status.lastTransaction() == transaction) {
            if ("committed".equals(status.lastOutcome()) && ours) {
                return new AfterDrop(true, transaction, "committed (transaction " + transaction + ")");
            }
            String why = status.recovered() != null && "recovered".equals(status.lastOutcome()) ? status.recovered() : status.lastOutcome();
            return new AfterDrop(false, transaction, "undone (transaction " + transaction + "): " + why);
        }
        if (status.lastTransaction() < transaction) {
            return new AfterDrop(false, transaction, "undone (transaction " + transaction + "): the agent has no record of it"
                    + (status.recovered() == null ? "" : "; at start-up it " + status.recovered()));
        }
        // later transactions ran since: the active deployment tells whether ours is what the board has
        return ours ? new AfterDrop(true, transaction, "committed (transaction " + transaction + "; the agent is at transaction "
                + status.lastTransaction() + " now, with " + sent.config() + " still deployed)")
                : new AfterDrop(false, transaction, "not in effect: transaction " + transaction + " was followed by transaction "
                        + status.lastTransaction() + " (" + status.lastOutcome() + "), and " + (status.config() == null ? "nothing"
                                : status.config()) + " is deployed");
    }
}

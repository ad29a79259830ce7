package org.devassign.agent.api;

/**
 * Who a user-space consumer's process runs as, from its config ({@code uid 1000 gid 1000}): the
 * agent makes the consumer's hand-off socket that user's and hands its descriptors only to a peer
 * with those ids (SO_PEERCRED), or to root. Linux ids are unsigned 32-bit: 0 to 4294967294
 * ({@link #MAX_ID}); 4294967295 is (uid_t)-1, "no id".
 *
 * @param consumer the user-space consumer of the deployment this is about
 * @param uid and @param gid the process's user and group
 */
public record ConsumerCredentials(ConsumerName consumer, long uid, long gid) {

    /** The largest id: (uid_t)-1 means "no id" to the kernel, never an id. */
    public static final long MAX_ID = 0xfffffffeL;

    /** Why the ids are not ids Linux can have, or null when they are. */
    public String problem() {
        if (uid < 0 || uid > MAX_ID) {
            return "uid " + uid + " is not a Linux user id (0 to " + MAX_ID + ")";
        }
        if (gid < 0 || gid > MAX_ID) {
            return "gid " + gid + " is not a Linux group id (0 to " + MAX_ID + ")";
        }
        return null;
    }
}

/**
 * The agent's transaction journal: typed records ({@link org.devassign.agent.service.journal.JournalRecord}),
 * their JSON lines with every field checked when read
 * ({@link org.devassign.agent.service.journal.JournalCodec}), and the append-only file forced to
 * disk before each step ({@link org.devassign.agent.service.journal.Journal}). What the records
 * mean for recovery is the service's ({@code Recovery}); this package only keeps them.
 */
package org.devassign.agent.service.journal;

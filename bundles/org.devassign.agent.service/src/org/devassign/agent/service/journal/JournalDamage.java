package org.devassign.agent.service.journal;

import java.io.IOException;
import java.nio.file.Path;

import org.devassign.core.identity.Printable;

/**
 * Why the journal cannot be trusted: which record (file and line, 0 when it is no one line) and
 * what is wrong with it. An agent that meets one changes nothing on the board until a person deals
 * with the journal; {@link #advice()} says how.
 */
public final class JournalDamage extends IOException {

    private static final long serialVersionUID = 1L;

    /** The command that shows what the journal still says and sets it aside (the devassign-agent package's launcher). */
    public static final String COMMAND = "devassign-agent recover";

    private final transient Path file;
    private final int line;
    private final String reason;
    private final String text;

    /**
     * @param line the damaged line (from 1), 0 when the damage is no one line
     * @param text the line as it is (hostile: shown escaped and cut), or null
     */
    public JournalDamage(Path file, int line, String reason, String text) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.text = text;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The damaged line, escaped and cut to a readable length; empty when there is none. */
    public String excerpt() {
        return text == null ? "" : Printable.quote(text);
    }

    /** Where and what, as one line: "/var/lib/devassign/journal.jsonl:7: unknown record type 'finish'". */
    public String describe() {
        return getMessage();
    }

    /** What to do, for status and for the error that refuses apply and rollback. */
    public String advice() {
        return "The agent changes nothing on this board until the journal is dealt with. On the board: '" + COMMAND
                + " --inspect' shows the damage and what the readable records say the agent holds (each device with the driver"
                + " it goes back to); put those devices as you want them; then stop the agent, run '" + COMMAND
                + " --set-aside' (it keeps the damaged journal beside the new one) and start the agent again";
    }
}

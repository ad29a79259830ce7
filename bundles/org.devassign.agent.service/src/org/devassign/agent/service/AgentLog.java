package org.devassign.agent.service;

import java.lang.System.Logger;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.devassign.core.identity.Printable;

/**
 * The agent's one logger ({@code org.devassign.agent}, through {@link System.Logger}). As a daemon
 * the agent logs one line per record to stderr, where systemd's journal picks it up; in a test
 * runtime the records go wherever that runtime sends java.util.logging. Text from clients, files or
 * the kernel is escaped before it is logged ({@link #safe}), so a name with a newline cannot forge a
 * line. The audit log ({@link AuditLog}) is separate: it records changes and refusals, this records
 * what an operator of the board needs to see.
 */
public final class AgentLog {

    private static final Logger LOG = System.getLogger("org.devassign.agent");

    private AgentLog() {
    }

    public static Logger logger() {
        return LOG;
    }

    /** Hostile text as one printable line. */
    public static String safe(String text) {
        return Printable.escape(text);
    }

    /** For the daemon: one line per record on stderr ("agent: WARNING: ..."), LSP4J's own chatter off. */
    static void toStderr() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setFormatter(new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                String level = record.getLevel() == Level.INFO ? "" : record.getLevel().getName() + ": ";
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                return "agent: " + level + safe(formatMessage(record)) + safe(thrown) + System.lineSeparator();
            }
        });
        root.addHandler(stderr);
        LSP4J.setLevel(Level.SEVERE);
    }

    /** LSP4J logs every unknown method and unmatched message: the audit log records refusals instead. Held: JUL loggers are weak. */
    private static final java.util.logging.Logger LSP4J = java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");
}

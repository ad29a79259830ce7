package org.devassign.agent.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalDamage;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;

/**
 * What a person does with a damaged journal, on the board ({@link JournalDamage#advice()}):
 *
 * <pre>
 * devassign-agent recover --inspect      # the damaged lines, and what the readable records say the agent holds
 * devassign-agent recover --set-aside    # (the agent stopped) moves the journal aside; the agent starts with an empty one
 * </pre>
 *
 * Inspecting reads only. Setting aside keeps the damaged file beside the new one
 * ({@code journal.jsonl.damaged-TIME}) and is refused while an agent holds the journal, and for a
 * journal that is not damaged.
 */
public final class RecoverCommand {

    private RecoverCommand() {
    }

    /** @return the exit code: 0 done, 1 refused or failed, 2 usage */
    public static int run(AgentConfig config, List<String> options, PrintStream out, PrintStream err) {
        Path file = config.journalFile();
        try {
            if (options.equals(List.of("--inspect"))) {
                inspect(file, out);
                return 0;
            }
            if (options.equals(List.of("--set-aside"))) {
                String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
                Path aside = Journal.setAside(file, stamp);
                out.println("the journal is set aside: " + aside);
                out.println("start the agent again (systemctl start devassign-agent): it starts with an empty journal and holds no device");
                return 0;
            }
        } catch (IOException e) {
            err.println("devassign-agent recover: " + Printable.line(String.valueOf(e.getMessage())));
            return 1;
        }
        err.println("usage: devassign-agent [--config FILE] recover --inspect | --set-aside");
        return 2;
    }

    private static void inspect(Path file, PrintStream out) throws IOException {
        Journal.Contents contents = Journal.contents(file);
        out.println("journal " + file + ": " + contents.lines() + " lines, " + contents.records().size() + " readable records, "
                + contents.damage().size() + " damaged");
        for (JournalDamage d : contents.damage()) {
            out.println("  line " + d.line() + ": " + Printable.line(d.reason()));
            out.println("    " + d.excerpt());
        }
        JournalReplay replay = JournalReplay.of(contents.records());
        out.println("what the readable records say:");
        out.println("  last transaction: " + replay.lastTx + (replay.openTx >= 0 ? " (" + replay.openOp.keyword() + ", unfinished)" : ""));
        out.println("  committed deployment: " + (replay.committedDeployment == null ? "none"
                : Printable.quote(replay.committedDeployment.config()) + " (transaction " + replay.committedTx + ")"));
        Map<DeviceId, DriverState> taken = replay.taken();
        if (taken.isEmpty()) {
            out.println("  devices the agent took: none");
        } else {
            out.println("  devices the agent took, each with the driver it goes back to:");
            for (DriverState saved : taken.values()) {
                out.println("    " + saved.device() + "  " + StepPlanner.driverText(saved.driver())
                        + (saved.override() == null ? "" : " (driver_override " + Printable.quote(saved.override()) + ")"));
            }
        }
        if (contents.damage().isEmpty() && replay.lastTx >= JournalRecord.MAX_TX) {
            out.println("every transaction id is used: stop the agent, run 'devassign-agent recover --set-aside' and start it again");
        } else if (contents.damage().isEmpty()) {
            out.println("the journal is not damaged: the agent reads it at start-up and needs nothing from you");
        } else {
            out.println("to go on: put those devices on the drivers above (or leave them, to apply the same config again),"
                    + " stop the agent, run 'devassign-agent recover --set-aside' and start the agent again");
        }
    }
}

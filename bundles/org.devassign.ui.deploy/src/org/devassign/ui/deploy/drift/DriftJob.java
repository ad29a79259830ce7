package org.devassign.ui.deploy.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.Inventory;
import org.devassign.deploy.AgentLink;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.ui.deploy.deploy.DeployJob;
import org.devassign.ui.deploy.deploy.DeployMarkers;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Compares a .board file with a target's live board and marks each difference on the device's line. */
public final class DriftJob extends Job {

    private final AgentTarget target;
    private final Path boardFile;
    private volatile List<BoardDrift.Difference> differences = List.of();

    public DriftJob(AgentTarget target, Path boardFile) {
        super("Check drift of " + boardFile.getFileName() + " against " + target);
        this.target = target;
        this.boardFile = boardFile;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DeployJob.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path live = null;
        try (AgentLink link = Targets.open(target, "viewer")) {
            Inventory inventory = link.call(link.agent().inventory());
            live = Files.createTempFile("live-", "." + BoardFiles.EXTENSION);
            Files.writeString(live, inventory.boardXml(), StandardCharsets.UTF_8);
            Board liveBoard = BoardFiles.load(live);
            Board model = BoardFiles.load(boardFile);
            differences = BoardDrift.compare(model, liveBoard);
            List<String> lines = Files.readAllLines(boardFile, StandardCharsets.UTF_8);
            DeployMarkers.clear(boardFile, DeployMarkers.DRIFT);
            for (BoardDrift.Difference d : differences) {
                DeployMarkers.add(boardFile, DeployMarkers.DRIFT, line(lines, d.device()), IMarker.SEVERITY_WARNING,
                        "drift from " + target.name() + ": " + d.message());
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error("Cannot check drift of " + boardFile.getFileName() + " against " + target + ": " + e.getMessage(), e);
        } finally {
            if (live != null) {
                live.toFile().delete();
            }
        }
    }

    /** The line declaring the device (its sysfsName attribute), or the first line. */
    static int line(List<String> lines, String device) {
        if (device != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("sysfsName=\"" + device + "\"")) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    public List<BoardDrift.Difference> differences() {
        return differences;
    }
}

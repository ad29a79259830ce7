package org.devassign.ui.deploy.targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.agent.api.Inventory;
import org.devassign.deploy.AgentLink;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** "Discover Board from Target": the agent's inventory (the live board as a .board document) saved to a file. */
public final class DiscoverBoardJob extends Job {

    private final AgentTarget target;
    private final Path file;
    private volatile Inventory inventory;

    public DiscoverBoardJob(AgentTarget target, Path file) {
        super("Discover board from " + target);
        this.target = target;
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Reading the live board from " + target, 2);
        try {
            inventory = inventory(target);
            monitor.worked(1);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, inventory.boardXml(), StandardCharsets.UTF_8);
            for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toAbsolutePath().toUri())) {
                f.refreshLocal(0, monitor);
            }
            monitor.worked(1);
            String warnings = inventory.warnings().isEmpty() ? "" : " (" + inventory.warnings().size() + " warnings: "
                    + String.join("; ", inventory.warnings()) + ")";
            return inventory.warnings().isEmpty() ? Status.OK_STATUS
                    : Status.warning("Wrote " + file + " from " + target + warnings);
        } catch (IOException | CoreException e) {
            return Status.error("Cannot discover the board of " + target + ": " + ConnectionErrors.explain(target, "viewer", e), e);
        } finally {
            monitor.done();
        }
    }

    /** The agent's inventory of the live board, asked with the viewer identity (blocking: call it from a job). */
    public static Inventory inventory(AgentTarget target) throws IOException {
        try (AgentLink link = Targets.open(target, "viewer")) {
            return link.call(link.agent().inventory());
        }
    }

    public Inventory inventory() {
        return inventory;
    }
}

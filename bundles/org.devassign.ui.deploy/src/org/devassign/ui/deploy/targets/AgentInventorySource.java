package org.devassign.ui.deploy.targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.devassign.agent.api.Inventory;
import org.devassign.ui.wizards.NewBoardSource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * File &gt; New &gt; Board from an agent's inventory: the live board of one of the Targets view's
 * targets, asked with the viewer identity (what the Targets view's Discover Board saves).
 */
public class AgentInventorySource implements NewBoardSource {

    private List<TargetState> targets = List.of();
    private Combo choice;

    @Override
    public String description() {
        return "Asks a target's agent for the live board (as 'devassign inventory' does), with your viewer certificate.";
    }

    @Override
    public void createControls(Composite parent, Runnable changed) {
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(parent);
        new Label(parent, SWT.NONE).setText("T&arget:");
        choice = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        targets = Targets.get().all();
        for (TargetState state : targets) {
            choice.add(state.target().toString());
        }
        if (!targets.isEmpty()) {
            choice.select(0);
        }
        choice.addListener(SWT.Selection, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
    }

    @Override
    public String problem() {
        if (targets.isEmpty()) {
            return "There is no target yet: add the board's agent in the Targets view (Window > Targets > Add...).";
        }
        return choice.getSelectionIndex() < 0 ? "Choose the target whose board to read." : null;
    }

    @Override
    public Writer writer() {
        AgentTarget target = targets.get(choice.getSelectionIndex()).target();
        return (file, name, monitor) -> {
            monitor.subTask("Asking " + target + " for its inventory");
            Inventory inventory;
            try {
                inventory = DiscoverBoardJob.inventory(target);
            } catch (IOException e) {
                throw new IOException(ConnectionErrors.explain(target, "viewer", e), e);
            }
            Files.writeString(file, inventory.boardXml(), StandardCharsets.UTF_8);
            return "the live board of " + target + (inventory.warnings().isEmpty() ? ""
                    : ", " + inventory.warnings().size() + " warnings (first: " + inventory.warnings().get(0) + ")");
        };
    }
}

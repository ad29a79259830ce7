package org.devassign.ui.deploy.deploy;

import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Step;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.Planner;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The agent's dry run, shown before anything changes: the steps per device, what stays, the agent's notes. */
public final class PlanDialog extends TitleAreaDialog {

    public static final String TITLE = "Deploy Plan";

    private final Planner.Plan plan;
    private final PlanResult planned;
    private final String target;
    private Table table;

    public PlanDialog(Shell parent, Planner.Plan plan, PlanResult planned, String target) {
        super(parent);
        this.plan = plan;
        this.planned = planned;
        this.target = target;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Deploy " + plan.deployment().config() + " to " + target);
        setMessage(planned.steps().isEmpty() ? "The board already is as the config asks: applying changes nothing."
                : planned.steps().size() + " steps on " + plan.deployment().devices().size()
                        + " devices, as one transaction (undone as a whole if a step fails).");
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] c : new String[][] { { "#", "40" }, { "Action", "80" }, { "Device", "260" }, { "Detail", "220" }, { "From", "200" } }) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        for (Step s : planned.steps()) {
            Planner.Origin origin = plan.origin(s.device());
            item(String.valueOf(s.index()), s.action().keyword(), s.label() != null ? s.label() : s.device().toString(), s.detail(),
                    origin == null ? "" : origin.location());
        }
        for (DeviceId unchanged : planned.unchanged()) {
            item("", "keep", unchanged.toString(), "unchanged", "");
        }
        for (String note : planned.notes()) {
            item("", "note", note, "", "");
        }
        if (planned.steps().isEmpty()) {
            for (DeviceRequest r : plan.deployment().devices()) {
                item("", "keep", r.label(), r.driver() + " for " + r.consumer(), r.source());
            }
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 260).applyTo(table);
        return area;
    }

    private void item(String... texts) {
        TableItem item = new TableItem(table, SWT.NONE);
        for (int i = 0; i < texts.length; i++) {
            item.setText(i, texts[i] == null ? "" : texts[i]);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Deploy", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    public Table table() {
        return table;
    }
}

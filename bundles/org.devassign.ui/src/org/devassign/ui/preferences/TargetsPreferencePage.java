package org.devassign.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.devassign.ui.viewers.TextColumns;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** DevAssign > Targets: the agents to deploy to, by name, address and identity. */
public class TargetsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.devassign.ui.preferences.targets";

    private final List<TargetSettings.Target> targets = new ArrayList<>();
    private TableViewer table;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TargetSettings.store());
        setDescription("Targets are the DevAssign agents on your boards. The identity is the SHA-256 fingerprint of the agent's"
                + " certificate (empty: trust the CA alone).");
    }

    @Override
    protected Control createContents(Composite parent) {
        targets.addAll(TargetSettings.targets(getPreferenceStore()));
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        TextColumns.add(table, "Name", 110, TargetSettings.Target.class, TargetSettings.Target::name);
        TextColumns.add(table, "Address", 150, TargetSettings.Target.class, TargetSettings.Target::address);
        TextColumns.add(table, "Identity", 200, TargetSettings.Target.class, TargetSettings.Target::identity);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(targets);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 200).applyTo(table.getControl());
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "&Add...", () -> edit(null));
        button(buttons, "&Edit...", () -> edit(selected()));
        button(buttons, "&Remove", () -> {
            targets.remove(selected());
            table.refresh();
        });
        table.addDoubleClickListener(e -> edit(selected()));
        return page;
    }


    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private TargetSettings.Target selected() {
        return table.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof TargetSettings.Target t ? t : null;
    }

    private void edit(TargetSettings.Target target) {
        TargetDialog dialog = new TargetDialog(getShell(), target);
        if (dialog.open() == Dialog.OK) {
            int at = target == null ? -1 : targets.indexOf(target);
            if (at >= 0) {
                targets.set(at, dialog.result);
            } else {
                targets.add(dialog.result);
            }
            table.refresh();
        }
    }

    /** Adds a target to the table (as the Add dialog does). */
    public void addTarget(TargetSettings.Target target) {
        targets.add(target);
        table.refresh();
    }

    /** The targets as edited (before OK), for tests. */
    public List<TargetSettings.Target> targets() {
        return targets;
    }

    @Override
    public boolean performOk() {
        TargetSettings.setTargets(getPreferenceStore(), targets);
        try {
            ((org.eclipse.ui.preferences.ScopedPreferenceStore) getPreferenceStore()).save();
        } catch (java.io.IOException e) {
            setErrorMessage("Cannot save the targets: " + e.getMessage());
            return false;
        }
        return true;
    }

    @Override
    protected void performDefaults() {
        targets.clear();
        table.refresh();
        super.performDefaults();
    }

    /** Name, address (host:port) and identity of one target. */
    static final class TargetDialog extends Dialog {
        private final TargetSettings.Target initial;
        private Text name;
        private Text address;
        private Text identity;
        private Label error;
        TargetSettings.Target result;

        TargetDialog(Shell shell, TargetSettings.Target initial) {
            super(shell);
            this.initial = initial;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(initial == null ? "Add Target" : "Edit Target");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
            name = field(area, "Name:", initial == null ? "" : initial.name());
            address = field(area, "Address (host:port):", initial == null ? "" : initial.address());
            identity = field(area, "Identity (SHA-256):", initial == null ? "" : initial.identity());
            error = new Label(area, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(error);
            return area;
        }

        private static Text field(Composite parent, String label, String value) {
            new Label(parent, SWT.NONE).setText(label);
            Text text = new Text(parent, SWT.BORDER);
            text.setText(value);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
            return text;
        }

        /** What is wrong with the fields, or null. */
        static String problem(String name, String address) {
            if (name.isBlank()) {
                return "Give the target a name.";
            }
            String value = address.strip();
            if (!value.matches("[^\\s:\\[\\]]+:\\d{1,5}|\\[[0-9a-fA-F:]+\\]:\\d{1,5}")) {
                return "Give the address as HOST:PORT, with the port (the agent listens on 7443 unless its agent.conf says otherwise);"
                        + " an IPv6 address in brackets: [::1]:7443.";
            }
            int port = Integer.parseInt(value.substring(value.lastIndexOf(':') + 1));
            return port >= 1 && port <= 65535 ? null : "The port " + port + " is not one: ports go from 1 to 65535.";
        }

        @Override
        protected void okPressed() {
            String problem = problem(name.getText(), address.getText());
            if (problem != null) {
                error.setText(problem);
                error.getParent().layout(true);
                return;
            }
            result = new TargetSettings.Target(name.getText().strip(), address.getText().strip(), identity.getText().strip());
            super.okPressed();
        }
    }
}

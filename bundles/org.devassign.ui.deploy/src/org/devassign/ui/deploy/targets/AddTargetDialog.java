package org.devassign.ui.deploy.targets;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Name, HOST:PORT, expected identity and certificate folder of a new target. Checks what is typed as
 * it is typed (a name, an address with its port, a certificate folder that holds the CA) and says
 * what is missing; OK is enabled only when the target can be used.
 */
final class AddTargetDialog extends Dialog {

    private Text name;
    private Text address;
    private Text identity;
    private Text certs;
    private Label error;
    AgentTarget result;

    AddTargetDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add Target");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        name = field(area, "&Name:", "board1");
        address = field(area, "&Address (HOST:PORT):", "127.0.0.1:7443");
        identity = field(area, "Agent &identity (optional):", "");
        certs = field(area, "&Certificates folder:", TargetStore.defaultCerts());
        error = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(error);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.addListener(SWT.Modify, e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** Shows what is wrong with the fields (nothing when they make a target) and enables OK accordingly. */
    private void validate() {
        if (error == null) {
            return; // still being built
        }
        String problem = problem();
        error.setText(problem == null ? "" : problem);
        error.getParent().layout(true);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** What is wrong with the fields, in the user's terms, or null. */
    String problem() {
        if (name.getText().isBlank()) {
            return "Give the target a name.";
        }
        if (name.getText().contains("\t") || name.getText().contains("\n")) {
            return "A target's name is one line without tabs.";
        }
        try {
            Addresses.parse(address.getText());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Path folder;
        try {
            folder = Path.of(certs.getText().strip());
        } catch (InvalidPathException e) {
            return "The certificates folder is not a path: " + e.getMessage();
        }
        if (certs.getText().isBlank() || !Files.isDirectory(folder)) {
            return "The certificates folder " + (certs.getText().isBlank() ? "is empty" : folder + " does not exist")
                    + ": give the folder 'devassign certs init' wrote (it holds ca.p12 and viewer.p12).";
        }
        if (!Files.isRegularFile(folder.resolve("ca.p12"))) {
            return folder + " holds no ca.p12: give the folder 'devassign certs init' wrote.";
        }
        return null;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            String problem = problem();
            if (problem != null) {
                error.setText(problem);
                return;
            }
            result = new AgentTarget(name.getText().strip(), Addresses.parse(address.getText()), identity.getText().strip(),
                    Path.of(certs.getText().strip()));
        }
        super.buttonPressed(id);
    }
}

package org.devassign.ui.deploy.targets;

import java.nio.file.Path;

import org.devassign.deploy.Target;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Name, HOST:PORT, expected identity and certificate folder of a new target; checks the address as typed. */
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

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                if (name.getText().isBlank()) {
                    throw new IllegalArgumentException("give the target a name");
                }
                result = new AgentTarget(name.getText().strip(), Target.parse(address.getText()), identity.getText().strip(),
                        Path.of(certs.getText().strip()));
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                return;
            }
        }
        super.buttonPressed(id);
    }
}

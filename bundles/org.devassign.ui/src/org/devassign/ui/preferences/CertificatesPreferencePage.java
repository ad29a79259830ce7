package org.devassign.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** DevAssign > Certificates: the files the deploy client authenticates with (mutual TLS with the agents). */
public class CertificatesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.devassign.ui.preferences.certificates";

    public CertificatesPreferencePage() {
        super(GRID);
        setDescription("The workbench talks to agents over TLS. The CA certificate checks the agents; the client certificate and key"
                + " identify this workbench to them (PEM files).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TargetSettings.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(file(TargetSettings.CA, "&CA certificate:"));
        addField(file(TargetSettings.CLIENT_CERTIFICATE, "Client &certificate:"));
        addField(file(TargetSettings.CLIENT_KEY, "Client &key:"));
        addField(new BooleanFieldEditor(TargetSettings.VERIFY_IDENTITY, "&Refuse agents whose certificate does not match the target's identity",
                getFieldEditorParent()));
    }

    private FileFieldEditor file(String key, String label) {
        FileFieldEditor editor = new FileFieldEditor(key, label, true, getFieldEditorParent());
        editor.setFileExtensions(new String[] { "*.pem;*.crt;*.key", "*" });
        editor.setEmptyStringAllowed(true);
        return editor;
    }
}

package org.devassign.ui.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * DevAssign > Certificates: the folder of the identities the workbench authenticates with (mutual TLS
 * with the agents), in the one format of the CLI: the folder 'devassign certs init' writes, PKCS#12
 * key stores each with its password file. PEM files named here before are imported into it once
 * (the deploy bundle's TargetStore does it when targets are first read), and this page says so.
 */
public class CertificatesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.devassign.ui.preferences.certificates";

    public CertificatesPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        IPreferenceStore store = TargetSettings.store();
        setPreferenceStore(store);
        String pem = store.getString(TargetSettings.CLIENT_CERTIFICATE);
        setDescription("The workbench talks to agents over TLS with the identities of a certificates folder, the one"
                + " 'devassign certs init' writes and the CLI uses (--certs): ca.p12 checks the agents, viewer.p12, operator.p12"
                + " and debugger.p12 (or client.p12 for every role) identify this workbench, each with its password in a .pass"
                + " file next to it, mode 0600. A target's own folder (Targets view) wins over this one. For PEM files: devassign"
                + " certs import --dir FOLDER --cert CERT.pem --key KEY.pem --ca CA.pem."
                + (pem.isBlank() ? "" : "\n\nThe PEM identity set here before (" + pem + ") is imported into this folder as"
                        + " client.p12 when targets are next used."));
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(TargetSettings.CERTIFICATES, "Certificates &folder:", getFieldEditorParent()));
    }
}

package org.devassign.ui.deploy.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.deploy.CertificateFolder;
import org.devassign.deploy.Target;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Targets in the instance preferences, node {@value #NODE}, key {@value #TARGETS}: one target per
 * line, {@code name<TAB>host:port<TAB>identity<TAB>certs folder}. The node and the first three
 * fields are those of the workbench's Targets preference page; the fourth (the folder of
 * {@code devassign certs init}, whose PKCS#12 files per role the deploy client uses) is this bundle's.
 * {@value #CERTS} is the default certificate folder for new targets. The preference page rewrites
 * lines with three fields; such targets use {@link #defaultCerts()}.
 */
public final class TargetStore {

    public static final String NODE = "org.devassign.targets";
    public static final String TARGETS = "targets";
    public static final String CERTS = "certificates.dir";
    /** The CA file of the workbench's Certificates preference page (org.devassign.ui.preferences.TargetSettings.CA). */
    public static final String CA = "certificates.ca";

    private TargetStore() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static List<AgentTarget> load() {
        List<AgentTarget> targets = new ArrayList<>();
        String defaultCerts = defaultCerts();
        for (String line : node().get(TARGETS, "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            try {
                Target address = Target.parse(parts.length > 1 ? parts[1] : "");
                String certs = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : defaultCerts;
                targets.add(new AgentTarget(parts[0].strip(), address, parts.length > 2 ? parts[2].strip() : "", Path.of(certs)));
            } catch (IllegalArgumentException e) {
                // a line the user mistyped in the preference page: skipped here, the page shows it
            }
        }
        return targets;
    }

    public static void save(List<AgentTarget> targets) {
        List<String> lines = new ArrayList<>();
        for (AgentTarget t : targets) {
            lines.add(t.name() + "\t" + t.address() + "\t" + (t.identity() == null ? "" : t.identity()) + "\t" + t.certs());
        }
        IEclipsePreferences node = node();
        node.put(TARGETS, String.join("\n", lines));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; the preferences are written again on exit
        }
    }

    /**
     * The certificate folder for targets without their own: {@value #CERTS}, else the folder of the
     * CA file set on the Certificates preference page ({@value #CA}; 'devassign certs init' writes
     * ca.p12 and the client identities side by side), else the command line's default
     * ({@link CertificateFolder#standard()}: $DEVASSIGN_CERTS, $XDG_CONFIG_HOME/devassign/certs or
     * $HOME/.config/devassign/certs), so the workbench finds what 'devassign certs init' wrote.
     */
    public static String defaultCerts() {
        String ca = node().get(CA, "");
        String fallback = !ca.isBlank() && Path.of(ca).getParent() != null ? Path.of(ca).getParent().toString()
                : CertificateFolder.standard().toString();
        return node().get(CERTS, fallback);
    }
}

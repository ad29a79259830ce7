package org.devassign.ui.deploy.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.deploy.CertificateFolder;
import org.devassign.deploy.PemImport;
import org.devassign.deploy.Target;
import org.eclipse.core.runtime.ILog;
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
 * <p>
 * The workbench and the CLI use one identity format: the folder of {@code devassign certs init}
 * (PKCS#12 key stores, each with its password file). A workbench whose Certificates page named PEM
 * files before ({@value #CA}, {@value #CLIENT_CERTIFICATE}, {@value #CLIENT_KEY}) has them imported
 * once into that folder as {@code client.p12} ({@link PemImport}), and the PEM settings removed.
 */
public final class TargetStore {

    public static final String NODE = "org.devassign.targets";
    public static final String TARGETS = "targets";
    public static final String CERTS = "certificates.dir";
    /** The PEM files the workbench's Certificates page stored before it took a folder (TargetSettings' keys of the same names). */
    public static final String CA = "certificates.ca";
    public static final String CLIENT_CERTIFICATE = "certificates.client";
    public static final String CLIENT_KEY = "certificates.key";

    private TargetStore() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static List<AgentTarget> load() {
        migratePem();
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
     * Imports the PEM identity of earlier settings into the certificates folder ({@value #CERTS}, else
     * the one default of the CLI and the workbench, {@link CertificateFolder#standard()}; never the PEM
     * CA's own folder, which may be anybody's), once: the folder then names it, and the PEM settings
     * are removed. A folder that already has a {@value PemImport#CLIENT} keeps it (the log names the
     * PEM files and the command to import them by hand). A PEM identity that cannot be read stays
     * where it is, and the platform log says why.
     *
     * @return the files written (none when there was nothing to import)
     */
    public static List<Path> migratePem() {
        IEclipsePreferences node = node();
        String ca = node.get(CA, "");
        String certificate = node.get(CLIENT_CERTIFICATE, "");
        String key = node.get(CLIENT_KEY, "");
        if (certificate.isBlank() || key.isBlank() || ca.isBlank()) {
            return List.of();
        }
        String configured = node.get(CERTS, "");
        Path folder;
        try {
            folder = configured.isBlank() ? CertificateFolder.standard() : Path.of(configured);
        } catch (CertificateFolder.Unset e) {
            ILog.of(TargetStore.class).warn("the PEM identity of the Certificates preferences was not imported: " + e.getMessage());
            return List.of();
        }
        try {
            boolean kept = Files.exists(folder.resolve(PemImport.CLIENT));
            List<Path> written = kept ? List.of() : PemImport.into(folder, Path.of(certificate), Path.of(key), Path.of(ca));
            node.put(CERTS, folder.toString());
            node.remove(CA);
            node.remove(CLIENT_CERTIFICATE);
            node.remove(CLIENT_KEY);
            flush(node);
            if (kept) {
                ILog.of(TargetStore.class).warn("the certificates folder " + folder + " already has " + PemImport.CLIENT
                        + ", kept; the PEM identity of the Certificates preferences was not imported (to use it: devassign certs import --dir "
                        + folder + " --cert " + certificate + " --key " + key + " --ca " + ca + ")");
            } else {
                ILog.of(TargetStore.class).info("imported the PEM identity " + certificate + " into " + folder + " (" + PemImport.CLIENT
                        + ": the workbench and the CLI use certificate folders)");
            }
            return written;
        } catch (IOException e) {
            ILog.of(TargetStore.class).error("cannot import the PEM identity of the Certificates preferences: " + e.getMessage(), e);
            return List.of();
        }
    }

    private static void flush(IEclipsePreferences node) {
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
     * $HOME/.config/devassign/certs), so the workbench finds what 'devassign certs init' wrote; the
     * empty string when none of these is set (the platform log says which variable to set).
     */
    public static String defaultCerts() {
        String configured = node().get(CERTS, "");
        if (!configured.isBlank()) {
            return configured;
        }
        String ca = node().get(CA, "");
        if (!ca.isBlank() && Path.of(ca).getParent() != null) {
            return Path.of(ca).getParent().toString();
        }
        try {
            return CertificateFolder.standard().toString();
        } catch (CertificateFolder.Unset e) {
            // no default: the Add Target dialog asks for the folder, and the log says how to set one
            ILog.of(TargetStore.class).warn(e.getMessage());
            return "";
        }
    }
}

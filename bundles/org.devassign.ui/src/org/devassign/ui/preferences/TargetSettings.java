package org.devassign.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Where targets and certificates are stored: Eclipse instance preferences, node
 * {@value #NODE}, i.e. the properties file
 * {@code WORKSPACE/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.devassign.targets.prefs}
 * (readable without OSGi). Keys: {@value #TARGETS} holds one target per line,
 * {@code name<TAB>host:port<TAB>identity} (identity: the agent's certificate SHA-256 fingerprint, may be
 * empty: the CA alone decides); {@value #CERTIFICATES} is the certificates folder ('devassign certs init':
 * PKCS#12 key stores with their password files). {@value #CA}, {@value #CLIENT_CERTIFICATE} and
 * {@value #CLIENT_KEY} are the PEM files of earlier versions, imported into that folder once.
 */
public final class TargetSettings {

    public static final String NODE = "org.devassign.targets";
    public static final String TARGETS = "targets";
    public static final String CERTIFICATES = "certificates.dir";
    public static final String CA = "certificates.ca";
    public static final String CLIENT_CERTIFICATE = "certificates.client";
    public static final String CLIENT_KEY = "certificates.key";

    /** One deployment target: an agent on a board. */
    public record Target(String name, String address, String identity) {
        public String line() {
            return name + "\t" + address + "\t" + (identity == null ? "" : identity);
        }

        static Target parse(String line) {
            String[] parts = line.split("\t", -1);
            return new Target(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", parts.length > 2 ? parts[2].strip() : "");
        }
    }

    private TargetSettings() {
    }

    public static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
    }

    public static List<Target> targets(IPreferenceStore store) {
        List<Target> targets = new ArrayList<>();
        for (String line : store.getString(TARGETS).split("\n")) {
            if (!line.isBlank()) {
                targets.add(Target.parse(line));
            }
        }
        return targets;
    }

    public static void setTargets(IPreferenceStore store, List<Target> targets) {
        store.setValue(TARGETS, String.join("\n", targets.stream().map(Target::line).toList()));
    }
}

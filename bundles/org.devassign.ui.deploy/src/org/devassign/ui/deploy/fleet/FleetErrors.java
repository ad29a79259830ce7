package org.devassign.ui.deploy.fleet;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Why the Fleet view cannot connect or roll out, in the user's terms: which broker, which
 * certificate folder, what to do. The MQTT client's and the TLS stack's texts are details, kept
 * after the headline without their Java class names.
 */
public final class FleetErrors {

    /** "javax.net.ssl.SSLHandshakeException: " and the like, anywhere in a detail. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private FleetErrors() {
    }

    /** A broker setting that is not an address: null when it is one. */
    public static String badBroker(String broker) {
        if (broker == null || broker.isBlank()) {
            return "Give the broker's address, ssl://HOST:PORT (what 'devassign fleet --broker' or DEVASSIGN_BROKER names).";
        }
        if (!broker.strip().matches("(ssl|tcp)://[^\\s/:]+(:\\d{1,5})?")) {
            return "'" + broker.strip() + "' is not a broker address: write ssl://HOST:PORT, e.g. ssl://broker:8883.";
        }
        return null;
    }

    /** Why the identity of {@code role} (viewer, operator) in {@code certs} cannot be used. */
    public static String identity(Path certs, String role, Throwable failure) {
        NoSuchFileException missing = find(failure, NoSuchFileException.class);
        if (missing != null) {
            return "The certificate folder " + certs + " holds no " + Path.of(missing.getFile()).getFileName()
                    + ": give the folder 'devassign certs init' wrote (with ca.p12 and " + role + ".p12, and " + role + ".pass next to it).";
        }
        return "The " + role + " identity in " + certs + " cannot be used: " + detail(failure);
    }

    /** Why the broker did not take the connection within the wait. */
    public static String unreachable(String broker, String role, String problem) {
        String why = problem == null ? "no answer" : detail(problem);
        String hint = why.toLowerCase(java.util.Locale.ROOT).contains("refused this certificate")
                ? " The broker's ACL or CA does not know the " + role + " certificate: write its files with 'devassign fleet broker'."
                : " Is the broker running (mosquitto -c broker/mosquitto.conf), and does its certificate come from the same"
                        + " 'devassign certs init' as this folder's CA?";
        return "Cannot connect to the broker " + broker + " (" + why + ")." + hint;
    }

    /** A failure's message (and its cause's), without Java class names. */
    public static String detail(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(": ").append(cause.getMessage());
        }
        return detail(text.toString());
    }

    static String detail(String text) {
        String cleaned = CLASS_NAME.matcher(text).replaceAll("").strip();
        return cleaned.isEmpty() ? "no reason given" : cleaned;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

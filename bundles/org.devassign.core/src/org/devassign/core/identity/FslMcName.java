package org.devassign.core.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An object on NXP's fsl-mc bus (DPAA2): its type and number, {@code dprc.1} for a container,
 * {@code dpni.3} for a network interface. A container (DPRC) is bound and opened as one unit; its
 * objects follow it.
 */
public record FslMcName(String type, int id) implements DeviceId {

    private static final Pattern FORM = Pattern.compile("(dp[a-z]{2,6})\\.([0-9]{1,9})");

    public FslMcName {
        if (type == null || !type.matches("dp[a-z]{2,6}") || id < 0) {
            throw new DeviceNameException(type + "." + id, "not an fsl-mc object such as dprc.1");
        }
    }

    /** {@code dprc.1}, or null. */
    public static FslMcName parseOrNull(String text) {
        if (text == null || text.length() > 20) {
            return null;
        }
        Matcher m = FORM.matcher(text);
        return m.matches() ? new FslMcName(m.group(1), Integer.parseInt(m.group(2))) : null;
    }

    /** A DPRC: the unit VFIO binds and opens; the other objects are its children. */
    public boolean isContainer() {
        return type.equals("dprc");
    }

    @Override
    public Bus bus() {
        return Bus.FSL_MC;
    }

    @Override
    public String kernelName() {
        return type + "." + id;
    }

    @Override
    public String sortKey() {
        return String.format("%s.%010d", type, id);
    }

    @Override
    public String toString() {
        return kernelName();
    }
}

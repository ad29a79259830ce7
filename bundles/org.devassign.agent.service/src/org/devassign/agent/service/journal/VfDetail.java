package org.devassign.agent.service.journal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail of a {@code create-vfs} or {@code remove-vfs} journal record: how many VFs, and the
 * PF's sriov_drivers_autoprobe before the agent turned it off, which recovery sets back when it
 * removes VFs an unfinished transaction created ("4 vfs, autoprobe was 1").
 */
public record VfDetail(int count, boolean savedAutoprobe) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,5}) vfs, autoprobe was ([01])");

    public String text() {
        return count + " vfs, autoprobe was " + (savedAutoprobe ? 1 : 0);
    }

    /** The detail a record carries; a detail that is not one is read as the kernel's default, autoprobe on. */
    public static VfDetail parse(String detail) {
        Matcher m = detail == null ? null : TEXT.matcher(detail);
        if (m == null || !m.matches()) {
            return new VfDetail(0, true);
        }
        return new VfDetail(Integer.parseInt(m.group(1)), m.group(2).equals("1"));
    }
}

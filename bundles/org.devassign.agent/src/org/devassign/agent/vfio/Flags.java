package org.devassign.agent.vfio;

/** Names of the bits set in a flags word, "A|B", or "none". */
final class Flags {

    private Flags() {
    }

    static String names(int flags, String... bitNames) {
        StringBuilder b = new StringBuilder();
        for (int bit = 0; bit < 32; bit++) {
            if ((flags & (1 << bit)) == 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(bit < bitNames.length ? bitNames[bit] : "0x" + Integer.toHexString(1 << bit));
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}

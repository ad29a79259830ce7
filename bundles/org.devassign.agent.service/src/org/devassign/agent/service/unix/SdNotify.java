package org.devassign.agent.service.unix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** systemd's readiness protocol: one datagram to $NOTIFY_SOCKET (Type=notify units). */
public final class SdNotify {

    private SdNotify() {
    }

    /** Sends {@code state} (e.g. "READY=1\nSTATUS=...") if a notify socket is given; returns whether it did. */
    public static boolean notify(String socket, String state) throws IOException {
        if (socket == null || socket.isBlank()) {
            return false;
        }
        Native.sendDatagram(socket, state.getBytes(StandardCharsets.UTF_8));
        return true;
    }
}

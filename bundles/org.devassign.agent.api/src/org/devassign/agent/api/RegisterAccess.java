package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/**
 * A register read or write on a device the agent holds open.
 *
 * @param region region index (BAR0 = 0); @param offset byte offset in the region
 * @param width 1, 2, 4 or 8 bytes; @param value the value to write (ignored for reads)
 */
public record RegisterAccess(DeviceId device, int region, long offset, int width, long value) {
}

package org.devassign.agent.binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes one sysfs attribute. The kernel acts on each write (drivers_probe binds, unbind unbinds);
 * tests replace this with a simulated kernel acting on a plain directory tree.
 */
@FunctionalInterface
public interface SysfsWriter {

    void write(Path attribute, String value) throws IOException;

    /** The real kernel: one write() of the whole value, no truncation games (sysfs ignores O_TRUNC). */
    SysfsWriter KERNEL = (attribute, value) -> Files.write(attribute, value.getBytes(StandardCharsets.UTF_8),
            StandardOpenOption.WRITE);
}

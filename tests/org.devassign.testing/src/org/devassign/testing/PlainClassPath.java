package org.devassign.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A bundle and everything it is wired to in this test runtime, as a plain class path: the CLI as
 * ./devassign starts it (java -cp, no OSGi), in a child JVM.
 */
public final class PlainClassPath {

    private PlainClassPath() {
    }

    public static String of(Class<?> main) {
        Set<Bundle> closure = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(FrameworkUtil.getBundle(main)));
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            if (bundle.getBundleId() == 0 || !closure.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring != null) {
                for (BundleWire wire : wiring.getRequiredWires(null)) {
                    // optional wires are what the CLI product leaves out too (core.runtime, UI)
                    if (!"optional".equals(wire.getRequirement().getDirectives().get("resolution"))) {
                        todo.add(wire.getProvider().getBundle());
                    }
                }
            }
        }
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : closure) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                continue;
            }
            // Tycho writes locations relative to the install area
            Path path = installArea().resolve(location.substring(file + "file:".length())).normalize();
            if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
                path = path.resolve("target/classes");
            }
            if (Files.exists(path)) {
                entries.add(path.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path installArea() {
        String area = System.getProperty("osgi.install.area", "");
        return area.startsWith("file:") ? Path.of(java.net.URI.create(area.replace(" ", "%20"))) : Path.of("").toAbsolutePath();
    }
}

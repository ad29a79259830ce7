package org.devassign.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
        boolean framework = false;
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            if (bundle.getBundleId() == 0) {
                framework = true;
                continue;
            }
            if (!closure.add(bundle)) {
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
        // the product ships the framework's jar as a plain library (equinox.common's SubMonitor loads its
        // debug classes from it, for one); its bundle here is the system bundle, which has no file location
        if (framework) {
            frameworkJar().filter(path -> !entries.contains(path)).ifPresent(entries::add);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar the framework's classes come from, when this runtime has one on disk. */
    private static Optional<String> frameworkJar() {
        CodeSource source = Bundle.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file URL: the class path goes without it
        }
    }

    private static Path installArea() {
        String area = System.getProperty("osgi.install.area", "");
        return area.startsWith("file:") ? Path.of(java.net.URI.create(area.replace(" ", "%20"))) : Path.of("").toAbsolutePath();
    }
}

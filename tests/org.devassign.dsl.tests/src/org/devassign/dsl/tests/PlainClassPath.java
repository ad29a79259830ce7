package org.devassign.dsl.tests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundles of this test runtime as a plain class path, to start the CLI the way ./devassign
 * does (java -cp, no OSGi) in a child JVM.
 */
final class PlainClassPath {

    private PlainClassPath() {
    }

    static String of(Class<?> inRuntime) {
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(inRuntime).getBundleContext().getBundles()) {
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

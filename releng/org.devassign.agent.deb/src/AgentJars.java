import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The jars the agent needs, read from the bundles' own manifests: starting at the named bundles,
 * every mandatory Require-Bundle and every mandatory Import-Package (resolved to the jar that
 * exports it), transitively. Run by build-deb with the JDK's source launcher:
 *
 * <pre>java AgentJars.java PLUGINS_DIR BUNDLE...</pre>
 *
 * Prints one jar file name per line. Why manifests and not jdeps: jdeps follows every class
 * reference, also the ones a library makes only when it runs inside an OSGi framework (EMF refers
 * to org.eclipse.core.runtime and org.osgi.framework but checks for them first), and would pull in
 * the whole Equinox runtime; the manifests say which of those references are optional. Two rules
 * follow from running on a plain class path: packages of the JDK are not bundles, and packages only
 * the framework itself exports (org.osgi.framework, ...) are not followed, because there is no
 * framework. build-deb then checks with jdeps that no class of DevAssign refers to a class outside
 * this set.
 */
public final class AgentJars {

    /** The framework: its packages exist only inside OSGi. */
    private static final String FRAMEWORK = "org.eclipse.osgi";

    private record Bundle(String name, Path jar, Manifest manifest) {
        String header(String key) {
            String value = manifest.getMainAttributes().getValue(key);
            return value == null ? "" : value;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java AgentJars.java PLUGINS_DIR BUNDLE...");
            System.exit(2);
        }
        Map<String, Bundle> bundles = new HashMap<>();
        Map<String, List<Bundle>> exporters = new HashMap<>();
        try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Manifest manifest = file.getManifest();
                    String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (name == null) {
                        continue;
                    }
                    Bundle bundle = new Bundle(names(name).getFirst(), jar, manifest);
                    bundles.put(bundle.name(), bundle);
                    for (String clause : clauses(bundle.header("Export-Package"))) {
                        for (String pkg : names(clause)) {
                            exporters.computeIfAbsent(pkg, k -> new ArrayList<>()).add(bundle);
                        }
                    }
                }
            }
        }
        Set<String> jdk = jdkPackages();
        Set<String> needed = new TreeSet<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        for (int i = 1; i < args.length; i++) {
            todo.add(require(bundles, args[i], "the command line"));
        }
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Bundle bundle = todo.poll();
            if (!seen.add(bundle.name())) {
                continue;
            }
            needed.add(bundle.jar().getFileName().toString());
            for (String clause : clauses(bundle.header("Require-Bundle"))) {
                if (!optional(clause)) {
                    todo.add(require(bundles, names(clause).getFirst(), bundle.name()));
                }
            }
            for (String clause : clauses(bundle.header("Import-Package"))) {
                if (optional(clause)) {
                    continue;
                }
                for (String pkg : names(clause)) {
                    List<Bundle> from = exporters.getOrDefault(pkg, List.of()).stream()
                            .filter(b -> !b.name().equals(FRAMEWORK)).toList();
                    if (!from.isEmpty()) {
                        todo.add(from.getFirst());
                    } else if (!jdk.contains(pkg) && !exporters.containsKey(pkg)) {
                        throw new IllegalStateException(bundle.name() + " imports " + pkg + ", which no jar in " + args[0]
                                + " and no JDK module provides");
                    }
                }
            }
        }
        needed.forEach(System.out::println);
    }

    private static Bundle require(Map<String, Bundle> bundles, String name, String by) {
        Bundle bundle = bundles.get(name);
        if (bundle == null) {
            throw new IllegalStateException(by + " requires bundle " + name + ", which is not among the plugins");
        }
        return bundle;
    }

    private static boolean optional(String clause) {
        return clause.replace(" ", "").contains("resolution:=optional");
    }

    /** The names of a clause: its parts before the first attribute or directive. */
    private static List<String> names(String clause) {
        List<String> names = new ArrayList<>();
        for (String part : split(clause, ';')) {
            if (part.contains("=")) {
                break;
            }
            names.add(part.trim());
        }
        return names;
    }

    private static List<String> clauses(String header) {
        return header.isBlank() ? List.of() : split(header, ',');
    }

    /** Splits at {@code separator} outside double quotes (uses:="a,b" holds commas). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString().trim());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().trim());
        return parts;
    }

    private static Set<String> jdkPackages() {
        Set<String> packages = new HashSet<>();
        for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
            packages.addAll(module.descriptor().packages());
        }
        return packages;
    }
}

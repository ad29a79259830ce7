package org.devassign.deploy.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.agent.service.AgentMain;
import org.devassign.cli.training.AgentTraining;
import org.devassign.cli.training.UnsignedJars;
import org.devassign.testing.GuestJvm;
import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;

/**
 * The agent as the virtual boards' guests start it: this runtime's agent bundles as a class path of jars
 * (signed ones as unsigned copies, {@link UnsignedJars}) and the JDK AOT cache of a training run on exactly
 * those jars ({@link AgentTraining}, the build's one
 * generator of agent caches), made once per test JVM. Under TCG most of an agent's start is class
 * loading and linking, which the cache maps instead; the tests start the agent a dozen times.
 * A bundle of the reactor is taken as the jar its build packaged (a cache refuses directories); its
 * classes folder only when there is no such jar or it is older than the classes, and then the agent
 * starts without a cache.
 */
final class GuestAgentCache {

    private static GuestAgentCache instance;

    final String classPath;
    final Path cache;

    private GuestAgentCache(String classPath, Path cache) {
        this.classPath = classPath;
        this.cache = cache;
    }

    static synchronized GuestAgentCache get() throws IOException, InterruptedException {
        if (instance == null) {
            String classPath = jars(PlainClassPath.of(AgentMain.class));
            Path cache = null;
            if (!classPath.contains("target" + File.separator + "classes")) {
                Path dir = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/agent-aot");
                // unsigned copies of the signed jars, as the CLI product's agent has: the cache holds their classes
                // too, and no signature is verified at start (a guest agent listened after 9 s instead of 5 s)
                classPath = UnsignedJars.classPath(classPath, dir.resolve("lib"));
                cache = dir.resolve("agent.aot");
                AgentTraining.train(VirtualBoard.JAVA, classPath, cache, dir.resolve("training"));
            }
            instance = new GuestAgentCache(classPath, cache);
        }
        return instance;
    }

    /** The JVM options and class path that start the agent in a guest, with the cache when there is one. */
    List<String> javaOptions() {
        List<String> options = new ArrayList<>(AgentTraining.JVM_OPTIONS);
        options.addAll(GuestJvm.options());
        if (cache != null) {
            options.add("-XX:AOTCache=" + cache);
        }
        options.addAll(List.of("-cp", classPath));
        return options;
    }

    /** {@code classPath} with each reactor bundle's target/classes replaced by the jar in its target folder. */
    private static String jars(String classPath) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.endsWith(Path.of("target", "classes"))) {
                Path target = path.getParent();
                String bundle = target.getParent().getFileName().toString();
                try (Stream<Path> files = Files.list(target)) {
                    Path jar = files.filter(f -> f.getFileName().toString().startsWith(bundle + "-") && f.toString().endsWith(".jar")
                            && !f.toString().endsWith("-sources.jar")).findFirst().orElse(null);
                    if (jar != null && !olderThanClasses(jar, path)) {
                        entry = jar.toString();
                    }
                }
            }
            entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A jar packaged before its classes were last compiled (a build without the package phase) is not what the tests run. */
    private static boolean olderThanClasses(Path jar, Path classes) throws IOException {
        long packaged = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() > packaged;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}

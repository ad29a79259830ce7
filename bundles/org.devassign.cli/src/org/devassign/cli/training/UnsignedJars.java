package org.devassign.cli.training;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Class paths whose signed jars are replaced by unsigned copies. The JDK's AOT cache skips every class
 * of a signed jar (most of Eclipse's, EMF's and Xtext's), and verifying a signature when a jar is first
 * opened costs a third of a second on its own; in a TCG guest an agent started from signed jars took
 * 9 s to listen against 5 s from the copies, each with its cache. Bouncy Castle is copied too (10 MB):
 * kept signed, its jars were opened and verified at the start of every command, even validate (the
 * class loading log: X509v3CertificateBuilder at 0.2 s), and validate took 0.76 s of CPU against 0.62 s.
 * <p>
 * For the CLI product (releng/cli-aot): its plugins in name order, each signed jar replaced by a copy in
 * {@code cli/lib}; the plugins folder stays as p2 installed it (the agent's package and the workbench's
 * installer use it). For the deployment tests' guest agents: {@link #classPath(String, Path)}.
 *
 * <pre>java -cp 'PRODUCT/plugins/*' org.devassign.cli.training.UnsignedJars PRODUCT</pre>
 * writes PRODUCT/cli/lib/*.jar and PRODUCT/cli/classpath (one jar a line, relative to PRODUCT).
 */
public final class UnsignedJars {

    public static void main(String[] args) throws IOException {
        Path product = Path.of(args[0]);
        Path lib = product.resolve("cli/lib");
        Files.createDirectories(lib);
        List<String> classPath = new ArrayList<>();
        int copies = 0;
        List<Path> jars;
        try (var plugins = Files.list(product.resolve("plugins"))) {
            jars = plugins.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            Path entry = unsigned(jar, lib);
            copies += entry.equals(jar) ? 0 : 1;
            classPath.add(product.relativize(entry).toString());
        }
        Files.write(product.resolve("cli/classpath"), classPath);
        System.out.printf("%d jars on the class path, %d of them unsigned copies in %s%n", classPath.size(), copies, lib);
    }

    /**
     * {@code classPath} (entries separated as the platform separates them) with each signed jar replaced by
     * an unsigned copy of the same name in {@code lib}; a copy already there that is newer than its jar is
     * kept. Folders and unsigned jars stay as they are.
     */
    public static String classPath(String classPath, Path lib) throws IOException {
        Files.createDirectories(lib);
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
            entries.add(name.endsWith(".jar") && Files.isRegularFile(jar) ? unsigned(jar, lib).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** {@code jar} itself when it is unsigned, else its unsigned copy in {@code lib} (made unless one newer than the jar is there). */
    private static Path unsigned(Path jar, Path lib) throws IOException {
        if (!isSigned(jar)) {
            return jar;
        }
        Path copy = lib.resolve(jar.getFileName().toString());
        if (!Files.exists(copy) || Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) <= 0) {
            copyUnsigned(jar, copy);
        }
        return copy;
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(e -> isSignatureFile(e.getName()));
        }
    }

    /** The files a jar signature consists of (JAR File Specification, "Signed JAR File"). */
    private static boolean isSignatureFile(String entry) {
        String upper = entry.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    /**
     * The jar without its signature files, and its manifest without the per-entry digests that only a
     * signature uses (they are most of an Eclipse manifest, read whenever a class is loaded from the jar).
     * Entries keep their order, times and contents.
     */
    private static void copyUnsigned(Path signed, Path unsigned) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(signed));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(unsigned))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (isSignatureFile(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    withoutDigests(in, out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void withoutDigests(InputStream in, OutputStream out) throws IOException {
        Manifest manifest = new Manifest(in);
        for (var section = manifest.getEntries().entrySet().iterator(); section.hasNext();) {
            Attributes attributes = section.next().getValue();
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (attributes.isEmpty()) {
                section.remove();
            }
        }
        manifest.write(out);
    }
}

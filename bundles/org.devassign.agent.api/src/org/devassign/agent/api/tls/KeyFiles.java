package org.devassign.agent.api.tls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Secrets on disk: a key store's password lives in a file next to it ({@code agent.p12} has
 * {@code agent.pass}), and both must be readable by their owner only. As ssh does with its keys,
 * a file that group or others may access is refused with the chmod that fixes it. Files are
 * written private from their first byte (created 0600, then moved into place), never widened later.
 */
public final class KeyFiles {

    /** What a password file's name ends with, in place of the store's extension. */
    public static final String PASSWORD_SUFFIX = ".pass";
    /** The longest password file read (a password is one line). */
    private static final int MAX_PASSWORD_BYTES = 4096;

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_DIR = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyFiles() {
    }

    /** {@code DIR/agent.p12} -> {@code DIR/agent.pass}. */
    public static Path passwordFileOf(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return store.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + PASSWORD_SUFFIX);
    }

    /**
     * The password in {@code file} (its first line), after checking that only its owner may read it.
     *
     * @param store the key store it opens, named in the message when the file is missing
     */
    public static char[] readPassword(Path file, Path store) throws IOException {
        if (!Files.exists(file)) {
            throw missingPassword(file, store);
        }
        checkPrivate(file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PASSWORD_BYTES) {
                throw new IOException(file + " is not a password file: it is larger than " + MAX_PASSWORD_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw missingPassword(file, store);
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] password = new char[end];
        chars.get(0, password, 0, end);
        Arrays.fill(chars.array(), '\0');
        if (password.length == 0) {
            throw new IOException(file + " is empty: it must hold the password of " + store + " on its first line");
        }
        return password;
    }

    private static IOException missingPassword(Path file, Path store) {
        return new IOException("no password file " + file + " for " + store + ": 'devassign certs init' writes one next to each key"
                + " store. A folder made by an earlier version used a fixed password: run 'devassign certs init' again, or write the"
                + " store's password into " + file + " (chmod 600 " + file + ")");
    }

    /**
     * Refuses a file that its group or others may access (as ssh refuses an unprotected private key).
     * File systems without POSIX modes pass.
     */
    public static void checkPrivate(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new IOException(file + " is accessible by " + who(permissions) + " (mode " + mode(permissions) + "): a private key"
                    + " and its password must be readable by their owner only. Run: chmod 600 " + file);
        }
    }

    private static String who(Set<PosixFilePermission> permissions) {
        boolean group = permissions.stream().anyMatch(p -> p.name().startsWith("GROUP"));
        boolean others = permissions.stream().anyMatch(p -> p.name().startsWith("OTHERS"));
        return group && others ? "its group and others" : group ? "its group" : "others";
    }

    /** {@code 0644}. */
    public static String mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", mode);
    }

    /** Creates {@code dir} (and its parents) and makes it 0700; returns whether its mode had to be narrowed. */
    public static boolean privateFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(dir);
            }
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view == null || view.readAttributes().permissions().equals(OWNER_DIR)) {
            return false;
        }
        view.setPermissions(OWNER_DIR);
        return true;
    }

    /** Writes {@code content} to {@code file} with mode 0600 from the start (a private temporary file moved into place). */
    public static void writePrivate(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        }
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes a password file (the password and a newline, mode 0600). */
    public static void writePassword(Path file, char[] password) throws IOException {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining() + 1];
        encoded.get(bytes, 0, bytes.length - 1);
        bytes[bytes.length - 1] = '\n';
        try {
            writePrivate(file, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}

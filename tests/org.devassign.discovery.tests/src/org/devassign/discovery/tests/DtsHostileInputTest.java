package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.dts.DtsReader;
import org.devassign.discovery.dts.DtsSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources written to hurt the reader: nesting that would exhaust the stack, includes that loop or
 * multiply, text cut off inside an included file. Each gets an error naming file:line, never a
 * StackOverflowError or a runtime exception, and nesting up to the bounds still parses. The parses
 * run on a thread with a 512 KiB stack (half the JVM's default), so the bounds hold with room to spare.
 */
class DtsHostileInputTest {

    private static final long STACK = 512 * 1024;

    @TempDir
    Path dir;

    @Test
    void parenthesesNestedBeyondTheBoundAreAClearError() throws Exception {
        Path source = write("parens.dts", "/dts-v1/;\n/ {\n    x = <" + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ">;\n};\n");
        DtsSyntaxException e = readFails(source);
        assertTrue(e.getMessage().startsWith(source + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("nests deeper than 256 levels"), e.getMessage());
    }

    @Test
    void unaryChainsAndConditionalChainsAreBoundedToo() throws Exception {
        Path unary = write("unary.dts", "/dts-v1/;\n/ {\n    x = <(" + "- ".repeat(50_000) + "1)>;\n};\n");
        assertTrue(readFails(unary).getMessage().contains("nests deeper"), unary.toString());
        Path bare = write("bare.dts", "/dts-v1/;\n/ {\n    x = <" + "~".repeat(50_000) + "1>;\n};\n");
        assertTrue(readFails(bare).getMessage().contains("nests deeper"), bare.toString());
        Path conditional = write("conditional.dts", "/dts-v1/;\n/ {\n    x = <(" + "1 ? ".repeat(50_000) + "1"
                + " : 0".repeat(50_000) + ")>;\n};\n");
        assertTrue(readFails(conditional).getMessage().contains("nests deeper"), conditional.toString());
    }

    @Test
    void nestingUpToTheBoundsParses() throws Exception {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            nodes.append("n").append(i).append(" { ");
        }
        nodes.append("x = <").append("(".repeat(254)).append("-(1 + 2)").append(")".repeat(254)).append(">; ");
        nodes.append("}; ".repeat(256));
        Path source = write("deep.dts", "/dts-v1/;\n/ {\n" + nodes + "\n};\n");
        DeviceTree tree = read(source);
        String path = IntStream.range(0, 256).mapToObj(i -> "/n" + i).collect(Collectors.joining());
        assertEquals(-3, (int) tree.node(path).property("x").cell(0));
        Path deeper = write("deeper.dts", "/dts-v1/;\n/ {\n" + "n { ".repeat(300) + "}; ".repeat(300) + "\n};\n");
        assertTrue(readFails(deeper).getMessage().contains("nodes nest deeper than 256 levels"), deeper.toString());
    }

    @Test
    void anIncludeLoopIsNamedWithItsChain() throws Exception {
        write("a.dtsi", "/ { a; };\n/include/ \"b.dtsi\"\n");
        write("b.dtsi", "/ { b; };\n\n/include/ \"a.dtsi\"\n");
        Path source = write("loop.dts", "/dts-v1/;\n/include/ \"a.dtsi\"\n");
        DtsSyntaxException e = readFails(source);
        assertEquals(dir.resolve("b.dtsi"), e.file(), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("loop.dts -> a.dtsi -> b.dtsi -> a.dtsi"), e.getMessage());

        Path self = write("self.dts", "/dts-v1/;\n/ { };\n/include/ \"self.dts\"\n");
        assertTrue(readFails(self).getMessage().contains("self.dts -> self.dts"), self.toString());
    }

    @Test
    void includesThatMultiplyAreBoundedInAll() throws Exception {
        // each level includes the next twice: 2^24 inclusions without a loop, unless bounded
        for (int i = 0; i < 24; i++) {
            write("m" + i + ".dtsi", "/include/ \"m" + (i + 1) + ".dtsi\"\n/include/ \"m" + (i + 1) + ".dtsi\"\n");
        }
        write("m24.dtsi", "/ { };\n");
        Path source = write("multiply.dts", "/dts-v1/;\n/include/ \"m0.dtsi\"\n");
        DtsSyntaxException e = readFails(source);
        assertTrue(e.getMessage().contains("over 4096 included files"), e.getMessage());
        assertTrue(e.file().getFileName().toString().matches("m\\d+\\.dtsi"), e.getMessage());
    }

    @Test
    void aPathReferenceCutOffAtTheEndOfAnIncludedFileIsASyntaxError() throws Exception {
        write("cut.dtsi", "/ { p = &{/chosen");
        Path source = write("cut.dts", "/dts-v1/;\n/include/ \"cut.dtsi\"\n");
        DtsSyntaxException e = readFails(source);
        assertTrue(e.getMessage().contains("expected '}'"), e.getMessage());
    }

    @Test
    void incbinRangesThatOverflowAreRefused() throws Exception {
        Files.write(dir.resolve("blob.bin"), new byte[] { 1, 2, 3, 4 });
        Path source = write("incbin.dts", "/dts-v1/;\n/ {\n    b = /incbin/(\"blob.bin\", 1, 0x7fffffffffffffff);\n};\n");
        DtsSyntaxException e = readFails(source);
        assertTrue(e.getMessage().startsWith(source + ":3:9: /incbin/ asks for bytes 1..9223372036854775808"), e.getMessage());
    }

    @Test
    void incbinTakesAtMostOneMebibyte() throws Exception {
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(dir.resolve("big.bin").toFile(), "rw")) {
            big.setLength((1 << 20) + 1); // sparse: the bound is checked before anything is read
        }
        Path whole = write("whole.dts", "/dts-v1/;\n/ {\n    b = /incbin/(\"big.bin\");\n};\n");
        DtsSyntaxException e = readFails(whole);
        assertTrue(e.getMessage().startsWith(whole + ":3:9: /incbin/ takes 1048577 bytes of "), e.getMessage());
        assertTrue(e.getMessage().contains("/incbin/(\"file\", offset, length)"), e.getMessage());
        Path part = write("part.dts", "/dts-v1/;\n/ {\n    b = /incbin/(\"big.bin\", 0x100000, 1);\n};\n");
        DtsReader.read(part); // a part within the bound of a big file is fine
    }

    @Test
    void incbinStaysInsideTheSourcesFolder() throws Exception {
        Files.write(dir.resolve("secret.bin"), new byte[] { 1, 2, 3, 4 });
        Path sub = Files.createDirectories(dir.resolve("board"));
        Path up = sub.resolve("up.dts");
        Files.writeString(up, "/dts-v1/;\n/ {\n    b = /incbin/(\"../secret.bin\");\n};\n");
        DtsSyntaxException e = readFails(up);
        assertTrue(e.getMessage().startsWith(up + ":3:9: /incbin/ names '../secret.bin', which is " + dir.resolve("secret.bin").toRealPath()
                + ", outside the source's folder"), e.getMessage());
        // through a symbolic link inside the folder: the link's target is what counts
        Files.createSymbolicLink(sub.resolve("link.bin"), dir.resolve("secret.bin"));
        Path linked = sub.resolve("linked.dts");
        Files.writeString(linked, "/dts-v1/;\n/ {\n    b = /incbin/(\"link.bin\");\n};\n");
        assertTrue(readFails(linked).getMessage().startsWith(linked + ":3:9: /incbin/ names 'link.bin', which is "
                + dir.resolve("secret.bin").toRealPath() + ", outside"), linked.toString());
        // an absolute path outside is refused the same way; the folder given as an include directory is allowed
        Path absolute = sub.resolve("absolute.dts");
        Files.writeString(absolute, "/dts-v1/;\n/ {\n    b = /incbin/(\"" + dir.resolve("secret.bin") + "\");\n};\n");
        assertTrue(readFails(absolute).getMessage().contains("outside the source's folder"), absolute.toString());
        assertEquals(4, DtsReader.read(up, java.util.List.of(dir)).root().property("b").value().length);
    }

    @Test
    void includeStaysInsideTheSourcesFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a/b/board"));
        // as many ../ as it takes from the source's folder to /, then etc/passwd
        String climb = "../".repeat(sub.getNameCount()) + "etc/passwd";
        Path passwd = sub.resolve("passwd.dts");
        Files.writeString(passwd, "/dts-v1/;\n/include/ \"" + climb + "\"\n/ { };\n");
        DtsSyntaxException e = readFails(passwd);
        assertTrue(e.getMessage().startsWith(passwd + ":2:1: /include/ names '" + climb + "', which is /etc/passwd, outside the source's"
                + " folder " + sub), e.getMessage());
        assertTrue(e.getMessage().endsWith("put the file next to the source, or give its folder as an include directory."), e.getMessage());
        Path absolute = sub.resolve("absolute.dts");
        Files.writeString(absolute, "/dts-v1/;\n/include/ \"/etc/passwd\"\n/ { };\n");
        assertTrue(readFails(absolute).getMessage().contains("which is /etc/passwd, outside the source's folder"), absolute.toString());

        // through a symbolic link inside the folder: the link's target is what counts
        Path outside = write("outside.dtsi", "/ { secret = \"from outside\"; };\n");
        Files.createSymbolicLink(sub.resolve("link.dtsi"), outside);
        Path linked = sub.resolve("linked.dts");
        Files.writeString(linked, "/dts-v1/;\n/ { };\n/include/ \"link.dtsi\"\n");
        assertTrue(readFails(linked).getMessage().startsWith(linked + ":3:1: /include/ names 'link.dtsi', which is " + outside.toRealPath()
                + ", outside"), linked.toString());
        // the same file is read when its folder is given as an include directory
        assertEquals("from outside", DtsReader.read(linked, java.util.List.of(dir)).root().property("secret").string());
        // an included file's own includes are confined to the same folders
        Path inc = Files.createDirectories(dir.resolve("inc"));
        Files.writeString(inc.resolve("hop.dtsi"), "/include/ \"../outside.dtsi\"\n");
        Path hop = sub.resolve("hop.dts");
        Files.writeString(hop, "/dts-v1/;\n/include/ \"hop.dtsi\"\n");
        DtsSyntaxException fromInclude = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(hop, java.util.List.of(inc)));
        assertEquals(inc.resolve("hop.dtsi"), fromInclude.file(), fromInclude.getMessage());
        assertTrue(fromInclude.getMessage().contains("/include/ names '../outside.dtsi', which is " + outside.toRealPath() + ", outside"),
                fromInclude.getMessage());
    }

    @Test
    void cppIncludesStayInsideTheSourcesFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("c/d/board"));
        String climb = "../".repeat(sub.getNameCount()) + "etc/passwd";
        Path passwd = sub.resolve("cpp-passwd.dts");
        Files.writeString(passwd, "/dts-v1/;\n#define A 1\n#include \"" + climb + "\"\n/ { };\n");
        DtsSyntaxException e = readFails(passwd);
        assertTrue(e.getMessage().startsWith(passwd + ":3:1: #include names '" + climb + "', which is /etc/passwd, "
                + "outside the source's folder " + sub), e.getMessage());
        assertTrue(e.getMessage().endsWith("put the file next to the source, or give its folder as an include directory."), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd is quoted: " + e.getMessage());

        // a macro that names the file, and an included file's own #include, are confined too: cpp lists what it read
        Path macro = sub.resolve("cpp-macro.dts");
        Files.writeString(macro, "/dts-v1/;\n#define SECRET \"/etc/passwd\"\n#include SECRET\n/ { };\n");
        assertTrue(readFails(macro).getMessage().contains("which is /etc/passwd, outside the source's folder"), macro.toString());
        Path outside = write("cpp-outside.dtsi", "/ { secret = \"from outside\"; };\n");
        Files.writeString(sub.resolve("hop.h"), "#include \"../../../cpp-outside.dtsi\"\n");
        Path hop = sub.resolve("cpp-hop.dts");
        Files.writeString(hop, "/dts-v1/;\n#include \"hop.h\"\n");
        assertTrue(readFails(hop).getMessage().contains("which is " + outside.toRealPath() + ", outside"), hop.toString());
        // through a symbolic link, the target counts; the target's folder given as an include directory is allowed
        Files.createSymbolicLink(sub.resolve("cpp-link.dtsi"), outside);
        Path linked = sub.resolve("cpp-linked.dts");
        Files.writeString(linked, "/dts-v1/;\n#include \"cpp-link.dtsi\"\n");
        assertTrue(readFails(linked).getMessage().contains("which is " + outside.toRealPath() + ", outside"), linked.toString());
        assertEquals("from outside", DtsReader.read(linked, java.util.List.of(dir)).root().property("secret").string());
        assertEquals("from outside", DtsReader.read(hop, java.util.List.of(dir)).root().property("secret").string());
    }

    @Test
    void anIncludedFileIsBoundedInSizeAndTheIncludesInDepth() throws Exception {
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(dir.resolve("big.dtsi").toFile(), "rw")) {
            big.setLength((16 << 20) + 1); // sparse: only the bound plus one byte is read
        }
        Path source = write("big.dts", "/dts-v1/;\n/ { };\n/include/ \"big.dtsi\"\n");
        DtsSyntaxException e = readFails(source);
        assertTrue(e.getMessage().startsWith(source + ":3:1: /include/ \"big.dtsi\" reads " + dir.resolve("big.dtsi").toRealPath()
                + ", which is over 16 MiB"), e.getMessage());

        for (int i = 0; i < 40; i++) {
            write("d" + i + ".dtsi", "/include/ \"d" + (i + 1) + ".dtsi\"\n");
        }
        write("d40.dtsi", "/ { };\n");
        Path deep = write("deep-includes.dts", "/dts-v1/;\n/include/ \"d0.dtsi\"\n");
        DtsSyntaxException tooDeep = readFails(deep);
        assertTrue(tooDeep.getMessage().contains("/include/ nests deeper than 32 files"), tooDeep.getMessage());
        write("d30.dtsi", "/ { };\n");
        read(deep); // 31 files deep is within the bound
    }

    @Test
    void aFileThatIncludesItselfIsALoopNotADeepNesting() throws Exception {
        Path self = write("itself.dts", "/dts-v1/;\n/ { };\n/include/ \"./itself.dts\"\n");
        DtsSyntaxException e = readFails(self);
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("(itself.dts -> itself.dts): the files include each other in a loop"), e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Reads on a thread with a small stack; anything but a tree or a DtsSyntaxException fails the test. */
    private static DeviceTree read(Path source) throws Exception {
        CompletableFuture<DeviceTree> result = new CompletableFuture<>();
        Thread reader = new Thread(null, () -> {
            try {
                result.complete(DtsReader.read(source));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "dts-reader", STACK);
        reader.start();
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError("reading " + source + " failed with " + e.getCause(), e.getCause());
        }
    }

    private static DtsSyntaxException readFails(Path source) {
        return assertThrows(DtsSyntaxException.class, () -> read(source));
    }
}

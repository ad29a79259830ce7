package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.StructLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.agent.vfio.VfioStructs;
import org.devassign.testing.Prepared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every struct layout of {@link VfioStructs} against the kernel's uapi headers: a C program,
 * generated from the layouts and compiled with gcc at test time, prints sizeof and offsetof of
 * every struct and field, and the ioctl numbers; the test compares them with the Java side.
 * <ul>
 * <li>The machine's linux-libc-dev (/usr/include/linux/vfio.h; Debian 12 ships 6.1, without
 * iommufd.h and the cdev structs, which are skipped there, and with the 20-byte vfio_device_info
 * that lacks the trailing pad).</li>
 * <li>The uapi headers of the 6.12 kernel the virtual board runs (linux-headers-6.12 in the vmboard
 * cache, copied with __user defined away), when vmboard/prepare has run: every struct.</li>
 * </ul>
 */
class StructLayoutTest {

    /** Structs only 6.6+ headers have: checked only where the header has the guarding ioctl. */
    private static final Map<String, String> GUARD = Map.of("vfio_device_bind_iommufd", "VFIO_DEVICE_BIND_IOMMUFD",
            "vfio_device_attach_iommufd_pt", "VFIO_DEVICE_ATTACH_IOMMUFD_PT");

    @TempDir
    Path dir;

    @Test
    void layoutsMatchTheMachinesLinuxLibcDevHeaders() throws Exception {
        assertTrue(Files.exists(Path.of("/usr/include/linux/vfio.h")),
                "/usr/include/linux/vfio.h is missing: install linux-libc-dev (releng/setup does)");
        Map<String, Long> c = compileAndRun(List.of(), false);
        int checked = compare(c, true);
        assertTrue(checked > 50, "only " + checked + " values compared");
    }

    @Test
    void layoutsMatchTheVirtualBoardKernelsUapiHeaders() throws Exception {
        Path src = Prepared.cache().resolve("vmboard/src");
        Path headers = kernelUapi(src);
        Prepared.require(headers != null, "no 6.12 kernel uapi headers (include/uapi/linux/iommufd.h) under " + src,
                "run vmboard/prepare --profile full (./run-tests prepares every profile)");
        Path inc = dir.resolve("uapi/linux");
        Files.createDirectories(inc);
        Files.copy(headers.resolve("vfio.h"), inc.resolve("vfio.h"));
        Files.copy(headers.resolve("iommufd.h"), inc.resolve("iommufd.h"));
        Map<String, Long> c = compileAndRun(List.of("-D__user=", "-I" + dir.resolve("uapi")), true);
        for (StructLayout l : VfioStructs.ALL) {
            assertTrue(c.containsKey(l.name().orElseThrow()), l.name() + " missing from the 6.12 headers' output");
        }
        compare(c, false);
    }

    /** The uapi folder of the kernel source vmboard/prepare unpacked under {@code src}, or null. */
    private static Path kernelUapi(Path src) throws IOException {
        if (!Files.isDirectory(src)) {
            return null;
        }
        try (Stream<Path> s = Files.walk(src, 8)) {
            return s.filter(p -> p.endsWith("include/uapi/linux") && Files.exists(p.resolve("iommufd.h"))).findFirst()
                    .orElse(null);
        }
    }

    /** Compares; with oldHeaders, a struct may end early (fields the header lacks: sizeof = their offset). */
    private static int compare(Map<String, Long> c, boolean oldHeaders) {
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (StructLayout l : VfioStructs.ALL) {
            String name = l.name().orElseThrow();
            if (!c.containsKey(name)) {
                assertTrue(oldHeaders && (GUARD.containsKey(name) || name.startsWith("iommu_")), name + " not compiled");
                continue;
            }
            long size = c.get(name);
            for (MemoryLayout f : l.memberLayouts()) {
                String field = name + "." + f.name().orElseThrow();
                long javaOffset = l.byteOffset(PathElement.groupElement(f.name().orElseThrow()));
                if (!c.containsKey(field)) {
                    if (oldHeaders && isOptional(name, f.name().orElseThrow())) {
                        continue;
                    }
                    problems.add(field + " missing in the header");
                    continue;
                }
                checked++;
                if (c.get(field) != javaOffset) {
                    problems.add(field + ": offset " + javaOffset + " in Java, " + c.get(field) + " in C");
                }
                if (f instanceof GroupLayout g && c.containsKey("sizeof " + field) && c.get("sizeof " + field) != g.byteSize()) {
                    problems.add(field + ": size " + g.byteSize() + " in Java, " + c.get("sizeof " + field) + " in C");
                }
            }
            checked++;
            if (size != l.byteSize() && !(oldHeaders && size < l.byteSize())) {
                problems.add(name + ": sizeof " + l.byteSize() + " in Java, " + size + " in C");
            }
        }
        for (var e : ioctls().entrySet()) {
            if (c.containsKey(e.getKey())) {
                checked++;
                if (!c.get(e.getKey()).equals(e.getValue())) {
                    problems.add(e.getKey() + ": 0x" + Long.toHexString(e.getValue()) + " in Java, 0x"
                            + Long.toHexString(c.get(e.getKey())) + " in C");
                }
            }
        }
        assertEquals(List.of(), problems);
        return checked;
    }

    private static Map<String, Long> ioctls() {
        Map<String, Long> m = new HashMap<>();
        for (var f : VfioIoctls.class.getFields()) {
            if (f.getType() == long.class) {
                try {
                    m.put(f.getName(), f.getLong(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return m;
    }

    /** Generates the C program: sizeof/offsetof of every struct and field, the ioctl numbers. */
    private Map<String, Long> compileAndRun(List<String> flags, boolean withIommufd) throws Exception {
        StringBuilder src = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include <linux/vfio.h>\n");
        src.append("#if __has_include(<linux/iommufd.h>)\n#include <linux/iommufd.h>\n#endif\n");
        src.append("#define P(name, v) printf(\"%s %lu\\n\", name, (unsigned long)(v))\nint main(void) {\n");
        for (StructLayout l : VfioStructs.ALL) {
            String name = l.name().orElseThrow();
            String guard = GUARD.getOrDefault(name, name.startsWith("iommu_") ? "IOMMU_IOAS_ALLOC" : null);
            if (guard != null) {
                src.append("#ifdef ").append(guard).append('\n');
            }
            src.append("P(\"").append(name).append("\", sizeof(struct ").append(name).append("));\n");
            for (MemoryLayout f : l.memberLayouts()) {
                String field = f.name().orElseThrow();
                if (isOptional(name, field) && !withIommufd) {
                    continue;
                }
                src.append("P(\"").append(name).append('.').append(field).append("\", offsetof(struct ").append(name)
                        .append(", ").append(field).append("));\n");
                if (f instanceof GroupLayout) {
                    src.append("P(\"sizeof ").append(name).append('.').append(field).append("\", sizeof(((struct ")
                            .append(name).append(" *)0)->").append(field).append("));\n");
                }
            }
            if (guard != null) {
                src.append("#endif\n");
            }
        }
        for (String ioctl : ioctls().keySet()) {
            src.append("#ifdef ").append(ioctl).append("\nP(\"").append(ioctl).append("\", ").append(ioctl)
                    .append(");\n#endif\n");
        }
        src.append("return 0;\n}\n");
        Path c = dir.resolve("layouts.c");
        Files.writeString(c, src);
        Path exe = dir.resolve("layouts");
        List<String> cmd = new ArrayList<>(List.of("gcc", "-Wall", "-o", exe.toString()));
        cmd.addAll(flags);
        cmd.add(c.toString());
        String out = run(cmd);
        Map<String, Long> values = new HashMap<>();
        for (String line : run(List.of(exe.toString())).split("\n")) {
            int sp = line.lastIndexOf(' ');
            if (sp > 0) {
                values.put(line.substring(0, sp), Long.parseLong(line.substring(sp + 1)));
            }
        }
        assertTrue(!values.isEmpty(), "no output from the generated program; gcc said: " + out);
        return values;
    }

    /** Trailing pad fields older headers lack (Debian 12's 6.1 headers: vfio_device_info, vfio_iommu_type1_info). */
    private static boolean isOptional(String struct, String field) {
        return (struct.equals("vfio_device_info") || struct.equals("vfio_iommu_type1_info")) && field.equals("pad");
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd + " timed out");
        assertEquals(0, p.exitValue(), cmd + " failed:\n" + out);
        return out;
    }
}

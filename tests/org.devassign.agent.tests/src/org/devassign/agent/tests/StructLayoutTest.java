package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
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
 * every struct and field, and the ioctl numbers; the test compares them with the Java side: the
 * layouts, and the offset constants the agent reads and writes through ({@code VfioRegionInfo.FLAGS},
 * flexible array members such as {@code VfioIrqSet.DATA} included).
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
        for (OffsetConstant o : offsetConstants()) {
            if (!c.containsKey(o.struct())) {
                continue; // a struct the header lacks, checked above
            }
            if (!c.containsKey(o.key())) {
                if (!(oldHeaders && isOptional(o.struct(), o.field()))) {
                    problems.add(o.key() + " (" + o.constant() + ") missing in the header");
                }
                continue;
            }
            checked++;
            if (c.get(o.key()) != o.offset()) {
                problems.add(o.constant() + ": offset " + o.offset() + " in Java, " + c.get(o.key()) + " in C");
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

    /** A precomputed offset of {@link VfioStructs}: {@code VfioRegionInfo.CAP_OFFSET} is struct vfio_region_info's cap_offset. */
    record OffsetConstant(String struct, String field, String constant, long offset) {
        String key() {
            return struct + "." + field;
        }
    }

    /** Every {@code static final long} of every struct class, by reflection, so none escapes the check. */
    private static List<OffsetConstant> offsetConstants() {
        List<OffsetConstant> constants = new ArrayList<>();
        for (Class<?> struct : VfioStructs.STRUCTS) {
            try {
                String name = ((StructLayout) struct.getField("LAYOUT").get(null)).name().orElseThrow();
                for (var f : struct.getFields()) {
                    if (f.getType() == long.class && Modifier.isStatic(f.getModifiers())) {
                        constants.add(new OffsetConstant(name, f.getName().toLowerCase(java.util.Locale.ROOT),
                                struct.getSimpleName() + "." + f.getName(), f.getLong(null)));
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(struct + " has no public LAYOUT", e);
            }
        }
        return constants;
    }

    /**
     * The agent touches one struct class first (VfioGroupStatus when it opens a group), not
     * VfioStructs: each class must initialise on its own, in a class loader that has not seen any.
     */
    @Test
    void eachStructClassInitialisesFirstOnItsOwn() throws Exception {
        for (Class<?> struct : VfioStructs.STRUCTS) {
            ClassLoader fresh = new FreshVfioStructs(StructLayoutTest.class.getClassLoader());
            Class<?> first = Class.forName(struct.getName(), true, fresh);
            assertTrue(first.getClassLoader() == fresh, first + " is not loaded afresh");
            assertEquals(struct.getField("LAYOUT").get(null), first.getField("LAYOUT").get(null), struct.getName());
            assertEquals(VfioStructs.ALL, Class.forName(VfioStructs.class.getName(), true, fresh).getField("ALL").get(null));
        }
    }

    /** Defines VfioStructs and its nested classes again from their class files; everything else comes from the parent. */
    private static final class FreshVfioStructs extends ClassLoader {

        FreshVfioStructs(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(VfioStructs.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    String file = name.substring(name.lastIndexOf('.') + 1) + ".class";
                    try (var in = VfioStructs.class.getResourceAsStream(file)) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c;
            }
        }
    }

    @Test
    void everyStructClassHasItsLayoutAndAnOffsetForEachField() {
        assertEquals(VfioStructs.ALL.size(), VfioStructs.STRUCTS.size());
        List<String> missing = new ArrayList<>();
        for (StructLayout l : VfioStructs.ALL) {
            for (MemoryLayout f : l.memberLayouts()) {
                String key = l.name().orElseThrow() + "." + f.name().orElseThrow();
                if (offsetConstants().stream().noneMatch(o -> o.key().equals(key))) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
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
            java.util.Set<String> members = new java.util.HashSet<>();
            for (MemoryLayout f : l.memberLayouts()) {
                members.add(f.name().orElseThrow());
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
            for (OffsetConstant o : offsetConstants()) {
                if (o.struct().equals(name) && !members.contains(o.field()) && !(isOptional(name, o.field()) && !withIommufd)) {
                    src.append("P(\"").append(o.key()).append("\", offsetof(struct ").append(name).append(", ")
                            .append(o.field()).append("));\n");
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

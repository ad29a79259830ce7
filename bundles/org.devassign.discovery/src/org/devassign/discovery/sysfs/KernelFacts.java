package org.devassign.discovery.sysfs;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.model.Board;
import org.devassign.model.KernelCapability;
import org.devassign.model.facts.AssignmentTerms;

/**
 * What the board's kernel is: release, page size, machine architecture, hardware model, and what it
 * offers for device assignment, read from {@code /proc}, {@code /sys} and {@code /dev} under the root.
 */
final class KernelFacts {

    private static final Pattern KERNEL_PAGE_SIZE = Pattern.compile("KernelPageSize:\\s+(\\d+) kB");

    private KernelFacts() {
    }

    static void read(SysfsReader files, Board board, boolean live) {
        String release = files.text(files.path("proc/sys/kernel/osrelease"), false);
        if (release == null) {
            String version = files.text(files.path("proc/version"), true);
            if (version != null && version.startsWith("Linux version ")) {
                release = version.substring("Linux version ".length()).split("\\s+")[0];
            }
        }
        board.setKernelVersion(release);
        board.setArchitecture(architecture(files, live));
        board.setPageSize(pageSize(files, live, board.getArchitecture(), release));
        board.setHardwareModel(hardwareModel(files));
        board.getKernelCapabilities().addAll(capabilities(files));
    }

    private static final Pattern RELEASE = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4}).*");

    /**
     * Whether vfio-pci offers the BAR that holds the MSI-X table for mmap whole
     * (VFIO_REGION_INFO_CAP_MSIX_MAPPABLE, since Linux 4.16; older kernels leave the table's pages out
     * of the BAR's sparse mmap areas). An unknown release is taken to be a current one.
     */
    static boolean msixMappable(String release) {
        Matcher m = release == null ? null : RELEASE.matcher(release);
        if (m == null || !m.matches()) {
            return true;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 4 || major == 4 && minor >= 16;
    }

    /**
     * Whether vfio-pci reports the MSI-X index without NORESIZE, so a user can add vectors to a device
     * in use: since Linux 6.5 (dynamic MSI-X), where the interrupt domain allocates MSI-X vectors one by
     * one, which x86's does (measured on the lab board: vmboard/README.md). Elsewhere, and for an unknown
     * release, not: a consumer told the index is fixed asks for its vectors up front, which works either way.
     */
    static boolean msixResizable(String release, String architecture) {
        Matcher m = release == null ? null : RELEASE.matcher(release);
        if (m == null || !m.matches() || !("x86_64".equals(architecture) || "i686".equals(architecture))) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 6 || major == 6 && minor >= 5;
    }

    /** uname -m, from the CPU description (or the JVM's own, on the live board). */
    static String architecture(SysfsReader files, boolean live) {
        String cpuinfo = files.text(files.path("proc/cpuinfo"), false, SysfsReader.MAX_TEXT_FILE_BYTES);
        if (cpuinfo != null) {
            if (cpuinfo.contains("CPU architecture: 8") || cpuinfo.contains("CPU architecture:\t8")) {
                return "aarch64";
            }
            if (cpuinfo.matches("(?s).*CPU architecture:\\s*7.*")) {
                return "arm";
            }
            if (cpuinfo.matches("(?s).*\\nflags\\s*:.*")) {
                return cpuinfo.matches("(?s).*\\nflags\\s*:[^\\n]* lm( [^\\n]*)?\\n.*") ? "x86_64" : "i686";
            }
            if (cpuinfo.matches("(?s).*isa\\s*:\\s*rv64.*")) {
                return "riscv64";
            }
            if (cpuinfo.matches("(?s).*cpu\\s*:\\s*(e500|e5500|e6500|POWER|PPC|ppc).*")) {
                return cpuinfo.contains("ppc64") || cpuinfo.contains("POWER") || cpuinfo.contains("e5500")
                        || cpuinfo.contains("e6500") ? "ppc64" : "ppc";
            }
        }
        if (live) {
            String arch = System.getProperty("os.arch", "");
            return switch (arch) {
                case "amd64" -> "x86_64";
                case "x86" -> "i686";
                default -> arch.isEmpty() ? null : arch;
            };
        }
        files.warn(files.path("proc/cpuinfo"), "missing or not recognised: the board's architecture is unknown");
        return null;
    }

    /**
     * The kernel's page size: this process's mappings on the live board; otherwise derived from the
     * transparent huge page size (a PMD maps page-size / 8 pages), the kernel flavour, or x86's fixed 4 KiB.
     */
    static long pageSize(SysfsReader files, boolean live, String architecture, String release) {
        if (live) {
            String smaps = files.text(files.path("proc/self/smaps"), false, SysfsReader.MAX_TEXT_FILE_BYTES);
            if (smaps != null) {
                Matcher m = KERNEL_PAGE_SIZE.matcher(smaps);
                if (m.find()) {
                    return Long.parseLong(m.group(1)) * 1024;
                }
            }
        }
        long pmd = files.decimal(files.path("sys/kernel/mm/transparent_hugepage/hpage_pmd_size"), false, -1);
        if (pmd > 0) {
            long page = (long) Math.sqrt(pmd * 8.0);
            if (Long.bitCount(page) == 1 && page * (page / 8) == pmd) {
                return page;
            }
        }
        if (release != null && release.endsWith("-16k")) {
            return 16384;
        }
        if (release != null && release.endsWith("-64k")) {
            return 65536;
        }
        if ("x86_64".equals(architecture) || "i686".equals(architecture)) {
            return 4096;
        }
        files.warn(files.path("sys/kernel/mm/transparent_hugepage/hpage_pmd_size"),
                "missing, and nothing else tells the page size: 4 KiB assumed; check getconf PAGESIZE on the board");
        return 4096;
    }

    /** DMI's product name on PCs, the device tree's model on boards that have one. */
    static String hardwareModel(SysfsReader files) {
        String product = files.text(files.path("sys/class/dmi/id/product_name"), false);
        if (product != null && !product.isBlank()) {
            return product;
        }
        byte[] model = files.bytes(files.path("sys/firmware/devicetree/base/model"), false);
        if (model != null) {
            int end = 0;
            while (end < model.length && model[end] != 0) {
                end++;
            }
            return new String(model, 0, end, java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    static Set<KernelCapability> capabilities(SysfsReader files) {
        Set<KernelCapability> capabilities = EnumSet.noneOf(KernelCapability.class);
        Set<String> modules = modules(files);
        for (Vfio vfio : Vfio.values()) {
            // a driver is there when registered on its bus, loaded as a module, or built in (sys/module without proc/modules)
            String module = vfio.driverName().replace('-', '_');
            if (present(files, "sys/bus/" + vfio.bus().sysfsName() + "/drivers/" + vfio.driverName()) || modules.contains(module)
                    || present(files, "sys/module/" + module)) {
                capabilities.add(AssignmentTerms.capability(vfio));
            }
        }
        if (present(files, "dev/vfio/devices") || present(files, "sys/class/vfio-dev")) {
            capabilities.add(KernelCapability.VFIO_CDEV);
        }
        if (present(files, "dev/iommu") || modules.contains("iommufd") || present(files, "sys/module/iommufd")) {
            capabilities.add(KernelCapability.IOMMUFD);
        }
        if (modules.contains("vfio_iommu_type1") || present(files, "sys/module/vfio_iommu_type1")) {
            capabilities.add(KernelCapability.TYPE1V2);
        }
        if (noIommu(files)) {
            capabilities.add(KernelCapability.NOIOMMU);
        }
        return capabilities;
    }

    private static boolean noIommu(SysfsReader files) {
        String parameter = files.text(files.path("sys/module/vfio/parameters/enable_unsafe_noiommu_mode"), false);
        if (parameter != null) {
            return parameter.equalsIgnoreCase("Y") || parameter.equals("1");
        }
        String cmdline = files.text(files.path("proc/cmdline"), false);
        if (cmdline != null) {
            for (String word : cmdline.split("\\s+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.equals("vfio.enable_unsafe_noiommu_mode=1") || w.equals("vfio.enable_unsafe_noiommu_mode=y")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> modules(SysfsReader files) {
        Set<String> modules = new HashSet<>();
        String text = files.text(files.path("proc/modules"), false, SysfsReader.MAX_TEXT_FILE_BYTES);
        if (text != null) {
            for (String line : text.split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    modules.add(line.substring(0, space));
                }
            }
        }
        return modules;
    }

    private static boolean present(SysfsReader files, String relative) {
        return Files.exists(files.path(relative));
    }
}

package org.devassign.dsl.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.cli.Cli;
import org.devassign.cli.Terminal;
import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.testing.RepoFiles;

/**
 * The mistakes a new user makes with configs (issue 14: about 40 hand-written wrong configs against
 * the example boards), each as the files written, the devassign command run on them, and what
 * devassign answers: the exit code and every line it prints, verbatim. Each runs in a folder of
 * its own next to copies of the example boards, through {@link Cli} as the command line runs it.
 */
final class Mistakes {

    /** The start of most configs: the q35 board and one consumer of each kind. */
    static final String Q35 = """
            config c for "vm-q35.board"
            probe agent
            userspace drv { memlock 64 MiB }
            vm vm1 { memory 256 MiB memlock 1 GiB }
            """;

    static final String MICROVM = """
            config m for "vm-microvm.board"
            userspace rng-driver { memlock 1 MiB }
            """;

    /** What devassign printed: stdout lines with the folder's path taken out, and stderr. */
    record Run(int exitCode, List<String> out, String err) {
    }

    /**
     * One mistake: the files, the command (file arguments relative to the case's folder), what it
     * must print on stdout and, when {@code err} is not null, on stderr.
     */
    record Mistake(String name, Map<String, byte[]> files, List<String> command, int exitCode, List<String> out, String err) {

        Mistake(String name, Map<String, byte[]> files, List<String> command, int exitCode, List<String> out) {
            this(name, files, command, exitCode, out, null);
        }

        @Override
        public String toString() {
            return name;
        }

        /** Writes the files into a folder of their own under {@code dir} and runs the command there. */
        Run run(Path dir) {
            try {
                Path folder = Files.createDirectories(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
                for (String board : List.of("vm-q35.board", "vm-microvm.board")) {
                    Files.copy(RepoFiles.example(board), folder.resolve(board), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Files.write(folder.resolve(file.getKey()), file.getValue());
                }
                List<String> argv = new ArrayList<>();
                for (String arg : command) {
                    argv.add(files.containsKey(arg) || arg.endsWith(".board") ? folder.resolve(arg).toString() : arg);
                }
                // This test runtime also holds the IDE services (Workspace, ConfigWorkspaceTest), and a process has one
                // injector of the language, the richest it needs, set up first (LanguageInjector): the CLI run in-process
                // gets that one, whichever test class the runner starts with.
                new AssignIdeSetup().createInjectorAndDoEMFRegistration();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = new Cli(new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), false)).run(argv.toArray(String[]::new));
                String prefix = folder + "/";
                List<String> lines = out.toString(StandardCharsets.UTF_8).lines().map(l -> l.replace(prefix, "")).toList();
                return new Run(code, lines, err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Mistakes() {
    }

    private static Map<String, byte[]> files(String... nameThenText) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            files.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** {@code devassign validate c.assign} on one config. */
    private static Mistake validate(String name, String text, int exitCode, String... out) {
        return new Mistake(name, files("c.assign", text), List.of("validate", "c.assign"), exitCode, List.of(out));
    }

    /** The first 64 bytes of an x86-64 ELF executable's header: DEL, "ELF", then binary fields. */
    static byte[] elfHeader() {
        byte[] elf = new byte[64];
        byte[] start = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
        System.arraycopy(start, 0, elf, 0, start.length);
        elf[16] = 3; // ET_DYN
        elf[18] = 0x3e; // EM_X86_64
        elf[20] = 1;
        elf[24] = 0x40;
        elf[32] = 0x40;
        elf[52] = 0x40;
        elf[54] = 0x38;
        return elf;
    }

    static List<Mistake> all() {
        List<Mistake> all = new ArrayList<>();
        // ------------------------------------------------------------------ checks that were missing
        all.add(validate("irq msi masked, MSI not maskable", Q35 + "assign edu0 to drv { irq msi masked }\n", 1,
                "c.assign:5:30: error: The interrupt index 1 (msi) of device edu0 (0000:00:05.0) cannot be masked: VFIO does not report"
                        + " MASKABLE for it (vfio-pci masks INTx only). Bind it 'eventfd', or leave it out."));
        all.add(validate("one interrupt bound twice, by kind and by index", Q35 + "assign edu0 to drv { irq intx eventfd irq 0 masked }\n", 1,
                "c.assign:5:43: error: The interrupt index 0 (intx) of device edu0 (0000:00:05.0) is bound twice in the assignment of device"
                        + " edu0 (0000:00:05.0) to drv: here ('masked') and on line 5 ('eventfd'). An interrupt is set up once: remove one"
                        + " of the bindings."));
        for (String open : List.of("group", "cdev")) {
            all.add(validate("DMA window on the no-IOMMU device, open " + open, MICROVM
                    + "assign rng to rng-driver { open " + open + " irq platform eventfd dma buf at 0x100000 size 4 KiB }\n", 1,
                    "c.assign:3:" + (open.equals("group") ? 71 : 70) + ": error: The assignment of device rng (LNRO0005:00) to rng-driver maps"
                            + " DMA window buf (iova 0x100000, 4 KiB), but no-IOMMU group 0 has no IOMMU: VFIO maps no DMA for it, whether"
                            + " the device is opened by group or by cdev, and nothing keeps the device from reaching any memory. Remove the"
                            + " 'dma' lines: a driver in no-IOMMU mode finds the physical addresses of its buffers itself."));
        }
        all.add(validate("DMA window on the MSI window", Q35 + "assign edu0 to drv { dma msi at 0xfee00000 size 4 KiB }\n", 1,
                "c.assign:5:33: error: The DMA window msi (iova 0xfee00000, 4 KiB) of the assignment of device edu0 (0000:00:05.0) to drv"
                        + " lies outside the IOVA ranges IOMMU group 4 offers (0x0-0xfedfffff, 0xfef00000-0x7fffffffff): the IOMMU refuses"
                        + " to map it. Move it into one of those ranges.",
                "c.assign:5:33: error: The DMA window msi (iova 0xfee00000, 4 KiB) of the assignment of device edu0 (0000:00:05.0) to drv"
                        + " ends at 0xfee00fff, above what the device edu0 (0000:00:05.0) can address with its 28-bit DMA mask (up to"
                        + " 0xfffffff): the device cannot reach it. Move the window below 0x10000000."));
        all.add(validate("DMA window above edu's 28-bit DMA mask", Q35 + "assign edu1 to drv { dma ring at 0x10000000 size 1 MiB }\n", 1,
                "c.assign:5:34: error: The DMA window ring (iova 0x10000000, 1 MiB) of the assignment of device edu1 (0000:00:06.0) to drv"
                        + " ends at 0x100fffff, above what the device edu1 (0000:00:06.0) can address with its 28-bit DMA mask (up to"
                        + " 0xfffffff): the device cannot reach it. Move the window below 0x10000000."));
        all.add(validate("DMA window outside an inline board's IOVA ranges", """
                config plan for board lab {
                	pci nic0 "0000:03:00.0" dma-mask 64
                	group 7 iova 0x0..0xfedfffff, 0xfef00000..0xffffffffffff { nic0 }
                }
                userspace drv { memlock 16 MiB }
                assign nic0 to drv { dma at 0x1000000000000 size 2 MiB }
                """, 1,
                "c.assign:6:29: error: The DMA window at 0x1000000000000 (2 MiB) of the assignment of device nic0 (0000:03:00.0) to drv lies"
                        + " outside the IOVA ranges IOMMU group 7 offers (0x0-0xfedfffff, 0xfef00000-0xffffffffffff): the IOMMU refuses"
                        + " to map it. Move it into one of those ranges."));
        all.add(validate("memory 0 MiB and vcpus 0", Q35 + "vm vm2 { memory 0 MiB vcpus 0 }\nassign edu0 to vm2\n", 1,
                "c.assign:5:17: error: The VM guest vm2 has 0 bytes of memory: a guest needs RAM to boot. Give it some, e.g. 'memory 256 MiB'.",
                "c.assign:5:29: error: The VM guest vm2 has vcpus 0: a guest needs at least one vCPU. Write 'vcpus 1' or more."));
        all.add(validate("a VM with no memory", Q35 + "vm vm2\nassign edu0 to vm2\n", 1,
                "c.assign:5:4: error: The VM guest vm2 states no memory: QEMU and libvirt need the guest's RAM. Write 'memory 256 MiB'"
                        + " (or what the guest needs) in its block."));
        all.add(new Mistake("generate refuses a VM with no memory", files("c.assign", Q35 + "vm vm2\nassign edu0 to vm2\n"),
                List.of("generate", "--target", "qemu", "c.assign"), 1, List.of(), """
                        devassign generate: c.assign has 1 error: fix them first (devassign validate c.assign).
                        c.assign:5:4: error: The VM guest vm2 states no memory: QEMU and libvirt need the guest's RAM. Write 'memory 256 MiB' \
                        (or what the guest needs) in its block.
                        """));
        all.add(validate("machine microvm with vfio-pci", Q35 + "vm tiny { machine microvm memory 256 MiB memlock 256 MiB }\n"
                + "assign edu0 to tiny\n", 1,
                "c.assign:6:16: error: The device edu0 (0000:00:05.0) is a PCI device, and VM guest tiny runs on QEMU's microvm machine,"
                        + " which has no PCI bus: QEMU cannot plug vfio-pci into it. Use 'machine q35' for this guest (or"
                        + " \"microvm,pcie=on\", which adds a PCI Express bus), or give the device to another consumer."));
        all.add(new Mistake("an import cycle", files("c.assign", "import \"d.assign\"\n" + Q35, "d.assign",
                "import \"c.assign\"\nconfig d for \"vm-q35.board\"\nprobe p\n"), List.of("validate", "c.assign"), 1, List.of(
                        "c.assign:1:8: error: The import of 'd.assign' makes a cycle: d.assign imports this config. Configs import each other"
                                + " in one direction only: remove one of the imports.")));
        all.add(validate("a self-import", "import \"c.assign\"\n" + Q35, 1,
                "c.assign:1:8: error: Config c imports itself ('c.assign'): remove this import."));
        all.add(validate("an import of a missing file", "import \"consumers.assign\"\n" + Q35, 1,
                "c.assign:1:8: error: Cannot import 'consumers.assign' (consumers.assign): there is no such file. Imports are named"
                        + " relative to this config."));
        all.add(validate("an import of ../../etc/passwd", "import \"../../etc/passwd\"\n" + Q35, 1,
                "c.assign:1:8: error: Cannot import '../../etc/passwd': an import names an .assign config, relative to this file"
                        + " (import \"consumers.assign\")."));
        all.add(validate("an import by absolute path", "import \"/etc/consumers.assign\"\n" + Q35, 1,
                "c.assign:1:8: error: Cannot import '/etc/consumers.assign': name the config relative to this file (import"
                        + " \"../shared/consumers.assign\"), so that the configs work wherever their folder is."));
        all.add(validate("an import of a .board", "import \"vm-q35.board\"\n" + Q35, 1,
                "c.assign:1:8: error: Cannot import 'vm-q35.board': it is a board, not a config. A config names its board after its name"
                        + " (config NAME for \"vm-q35.board\"); import brings in the consumers of another .assign config."));
        all.add(validate("pci-bridge assigned alone", Q35 + "assign pci-bridge to vm1\n", 1,
                "c.assign:5:8: error: The device pci-bridge (0000:00:07.0) is a PCI bridge: vfio-pci takes no bridges, and a bridge has no"
                        + " function of its own to give. Assign the devices behind it (edu2, edu3), or their whole group (assign group 6"
                        + " to vm1)."));
        all.add(validate("host-bridge assigned alone", Q35 + "assign host-bridge to drv\n", 1,
                "c.assign:5:8: error: The device host-bridge (0000:00:00.0) is the host bridge: it connects the CPUs to PCI, is no device a"
                        + " consumer can use, and vfio-pci never takes it. Remove this assignment."));
        all.add(validate("dma and irq lines in a VM's assignment", Q35 + "assign edu0 to vm1 { irq msi eventfd dma buf at 0x100000 size 4 KiB }\n", 1,
                "c.assign:5:26: error: The assignment of device edu0 (0000:00:05.0) to vm1 binds the interrupt index 1 (msi) of device edu0"
                        + " (0000:00:05.0), but VM guest vm1 is a VM: QEMU wires the device's interrupts to the guest itself, as the"
                        + " guest's driver enables them. Remove the 'irq' line.",
                "c.assign:5:49: error: The assignment of device edu0 (0000:00:05.0) to vm1 states DMA window buf (iova 0x100000, 4 KiB), but"
                        + " VM guest vm1 is a VM: QEMU maps the guest's RAM for the device itself, wherever the guest's driver asks. Remove"
                        + " the 'dma' line."));
        all.add(validate("a relative socket path", Q35 + "userspace drv2 { socket \"run/drv2.sock\" }\n", 1,
                "c.assign:5:25: error: The socket path 'run/drv2.sock' of the user-space driver drv2 is relative: the agent and the driver"
                        + " would each resolve it from their own working directory. Write an absolute path, e.g."
                        + " \"/run/devassign/consumers/drv2.sock\"."));
        all.add(validate("uid and gid from 2^31 to 2^32-2 are Linux ids", Q35 + "userspace drv2 { uid 2147483648 gid 4294967294 }\n", 0));
        all.add(validate("uid 2^32-1 is (uid_t)-1, gid 2^32 is no id", Q35 + "userspace drv2 { uid 4294967295 gid 4294967296 }\n", 1,
                "c.assign:5:22: error: The user-space driver drv2 has uid 4294967295, which is (uid_t)-1: Linux reads it as 'no id', never"
                        + " as one. Use an id from 0 to 4294967294.",
                "c.assign:5:37: error: The user-space driver drv2 has gid 4294967296: Linux ids are 32-bit. Use an id from 0 to 4294967294."));
        all.add(validate("the QEMU and libvirt versions a VM targets", Q35
                + "vm vm2 { memory 256 MiB memlock 256 MiB qemu \"9.2\" libvirt \"10.10.0\" }\nvm vm3 { memory 256 MiB memlock 256 MiB"
                + " qemu \"latest\" }\n", 1,
                "c.assign:6:46: error: The VM guest vm3 names QEMU version 'latest', which is no version: write MAJOR.MINOR or"
                        + " MAJOR.MINOR.PATCH (qemu \"7.2\")."));
        // ------------------------------------------------------------------ Java and EMF text, parser errors
        all.add(validate("a number too large for a uid", Q35 + "userspace drv2 { uid 99999999999999999999 }\n", 1,
                "c.assign:5:22: error: The id 99999999999999999999 is too large: Linux user and group ids go from 0 to 4294967294."));
        all.add(validate("a number too large for a count", Q35 + "assign edu0 to drv { irq msi count 4294967296 eventfd }\n", 1,
                "c.assign:5:36: error: The number 4294967296 is too large here: at most 2147483647."));
        all.add(new Mistake("a board that is not XML", files("nope.board", "hello, board\n", "c.assign",
                "config c for \"nope.board\"\nprobe p\nassign edu0 to p { map BAR0 }\n"), List.of("validate", "c.assign", "nope.board"), 1,
                List.of("nope.board:1:1: error: this is not well-formed XML: Content is not allowed in prolog. A .board file is the XMI that"
                        + " DevAssign writes (devassign discover, devassign inventory, or by hand as in examples/vm-q35.board).",
                        "c.assign:1:14: error: Cannot use the board file 'nope.board' (nope.board): it cannot be read: this is not"
                                + " well-formed XML: Content is not allowed in prolog. A .board file is the XMI that DevAssign writes (devassign"
                                + " discover, devassign inventory, or by hand as in examples/vm-q35.board).")));
        all.add(validate("one consumer name declared twice", Q35 + "userspace drv-s\nuserspace drv-s\n", 1,
                "c.assign:6:11: error: Config c declares consumer 'drv-s' twice: rename one of them."));
        all.add(validate("irq msi without a mode", Q35 + "assign edu0 to drv { irq msi }\n", 1,
                "c.assign:5:30: error: A delivery mode is missing after 'msi': write 'eventfd' or 'masked'."));
        all.add(validate("reset bus", Q35 + "assign edu0 to drv { reset bus }\n", 1,
                "c.assign:5:28: error: 'bus' is not a reset policy: write 'if-available', 'required' or 'never'."));
        all.add(validate("a board file that is not there, and what it would have linked", """
                config c for "vm-q53.board"
                probe p
                assign edu0 to p { map BAR0 irq msi eventfd }
                assign group 4 to p
                """, 1,
                "c.assign:1:14: error: Cannot use the board file 'vm-q53.board' (vm-q53.board): there is no such file. Board files are"
                        + " named relative to this config; next to it: vm-microvm.board, vm-q35.board."));
        all.add(validate("no board named at all", "config c\nprobe p\nassign edu0 to p { map BAR0 }\n", 1,
                "c.assign:1:8: error: Config c assigns devices but names no board: add 'for \"FILE.board\"' after its name, or plan on an"
                        + " inline board ('for board NAME { ... }')."));
        all.add(validate("for names a config", "config c for \"vm-q35.assign\"\n", 1,
                "c.assign:1:14: error: 'vm-q35.assign' is a config, not a board: 'for' names the board's file (for \"vm-q35.board\")."
                        + " To use the consumers of another config, import it before 'config' (import \"vm-q35.assign\")."));
        all.add(new Mistake("a UTF-8 byte order mark", Map.of("c.assign", ("\uFEFF" + Q35 + "assign edu0 to agent\n").getBytes(StandardCharsets.UTF_8)),
                List.of("validate", "c.assign"), 0, List.of()));
        all.add(new Mistake("an ELF file", Map.of("c.assign", elfHeader()), List.of("validate", "c.assign"), 1, List.of(
                "c.assign:1:1: error: This is not a config: it holds '\\x7f' where text belongs. A config is UTF-8 text: any imports, then"
                        + " 'config NAME'.")));
        all.add(validate("keywords as names", """
                config irq for "vm-q35.board"
                vm map { memory 256 MiB memlock 256 MiB }
                userspace driver { memlock 16 MiB }
                assign edu0 to driver { irq msi eventfd }
                assign edu1 to map
                """, 0));
        all.add(validate("import after config", Q35 + "import \"other.assign\"\n", 1,
                "c.assign:5:1: error: Imports come before 'config': move this import to the top of the file."));
        return all;
    }
}

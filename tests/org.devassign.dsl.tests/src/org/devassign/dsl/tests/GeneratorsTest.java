package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.devassign.dsl.generator.GeneratedFile;
import org.devassign.dsl.generator.GenerationRefused;
import org.devassign.dsl.generator.Target;
import org.devassign.model.AssignmentConfig;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators' output for the example configs, checked by the tools that consume it, none
 * written here: QEMU (7.2 from Debian for the group form; 10 from bookworm-backports for iommufd),
 * libvirt's virt-xml-validate, dtc with every check, gcc -Wall -Wextra -Werror against the kernel's
 * vfio.h, shellcheck. What a target's tool version cannot take is refused, and the older tool's
 * own verdict shows why (QEMU 7.2 has no iommufd object; libvirt 9.0's schema no iommufd attribute).
 * The outputs are kept in target/generated-examples for people to read.
 */
class GeneratorsTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private AssignmentConfig q35;
    private AssignmentConfig microvm;

    @BeforeEach
    void loadExamples() {
        ws = new Workspace(dir);
        q35 = ws.load(ws.write("vm-q35.assign", LanguageTest.read(RepoFiles.example("vm-q35.assign"))));
        microvm = ws.load(ws.write("vm-microvm.assign", LanguageTest.read(RepoFiles.example("vm-microvm.assign"))));
        assertEquals(List.of(), ws.validate(dir.resolve("vm-q35.assign")));
        assertEquals(List.of(), ws.validate(dir.resolve("vm-microvm.assign")));
    }

    @Test
    void qemuAcceptsEveryArgumentOfTheGroupForm() throws IOException {
        GeneratedFile args = only(Target.QEMU.generate(q35, Target.Generator.Options.DEFAULT));
        assertEquals("guest1.qemu-args", args.name());
        List<String> lines = arguments(args);
        assertEquals(List.of("-machine", "q35", "-m", "256M", "-smp", "1", "-device", "vfio-pci,host=0000:01:01.0,id=edu2",
                "-device", "vfio-pci,host=0000:01:02.0,id=edu3"), lines);
        checkWithQemu("qemu-system-x86_64", lines, "no such host device");
    }

    @Test
    void qemuWithIommufdAcceptsTheCdevAndFdPassingForms() throws IOException {
        String qemu = Tool.oracle(dir, "qemu-iommufd").ok()
                .output().strip();
        Path cdev = ws.write("cdev.assign", """
                config cdev-guest for board full {
                	capabilities vfio-pci vfio-cdev iommufd
                	pci nic0 "0000:03:00.0" reset flr
                	group 1 { nic0 }
                }
                vm guest { memory 1 GiB memlock 2 GiB qemu "10.0" }
                assign nic0 to guest { open cdev }
                """);
        AssignmentConfig config = ws.load(cdev);
        assertEquals(List.of(), ws.validate(cdev));

        List<String> plain = arguments(only(Target.QEMU.generate(config, Target.Generator.Options.DEFAULT)));
        assertEquals(List.of("-object", "iommufd,id=iommufd0", "-device", "vfio-pci,host=0000:03:00.0,iommufd=iommufd0,id=nic0"),
                plain.subList(6, plain.size()));
        checkWithQemu(qemu, plain, "no such host device");

        GeneratedFile passing = only(Target.QEMU.generate(config, new Target.Generator.Options(true)));
        assertTrue(passing.content().contains("# fd 3: /dev/iommu, opened read-write by the caller\n"), passing.content());
        List<String> fds = arguments(passing);
        assertEquals(List.of("-object", "iommufd,id=iommufd0,fd=3", "-device", "vfio-pci,iommufd=iommufd0,fd=4,id=nic0"),
                fds.subList(6, fds.size()));
        // QEMU takes the fds as they are: hand it /dev/null, and it gets as far as VFIO_DEVICE_BIND_IOMMUFD on fd 4
        checkWithQemu(qemu, fds, "error bind device fd=4 to iommufd=3");
    }

    @Test
    void aGuestWithoutMemoryIsRefusedByValidationAndTheGeneratorsInventNone() throws IOException {
        Path file = ws.write("nomem.assign", """
                config nomem for board full {
                	capabilities vfio-pci
                	pci nic0 "0000:03:00.0" reset flr
                	group 1 { nic0 }
                }
                vm guest { memlock 2 GiB }
                assign nic0 to guest
                """);
        AssignmentConfig config = ws.load(file);
        assertTrue(ws.validate(file).stream().anyMatch(p -> p.message().contains("The VM guest guest states no memory")),
                ws.validate(file).toString());
        // the generators run on validated configs only (devassign generate validates first): one that gets such a guest stops
        for (Target target : List.of(Target.QEMU, Target.LIBVIRT)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> target.generate(config, Target.Generator.Options.DEFAULT),
                    target + " wrote an amount of memory nobody asked for");
            assertTrue(e.getMessage().startsWith("internal error: the " + (target == Target.QEMU ? "QEMU" : "libvirt")
                    + " generator was given VM guest guest with no memory, which validation refuses"), e.getMessage());
        }
    }

    @Test
    void openCdevForQemu72IsRefusedWithTheVersionItNeeds() throws IOException {
        Path cdev = ws.write("cdev72.assign", """
                config cdev-72 for board full {
                	capabilities vfio-pci vfio-cdev iommufd
                	pci nic0 "0000:03:00.0" reset flr
                	group 1 { nic0 }
                }
                vm guest { memory 1 GiB memlock 2 GiB }
                assign nic0 to guest { open cdev }
                """);
        AssignmentConfig config = ws.load(cdev);
        assertEquals(List.of(), ws.validate(cdev));
        GenerationRefused refused = assertThrows(GenerationRefused.class, () -> Target.QEMU.generate(config, Target.Generator.Options.DEFAULT));
        assertEquals(List.of("cdev72.assign:7: The assignment of device nic0 (0000:03:00.0) to guest asks for 'open cdev', but VM guest guest"
                + " targets QEMU 7.2 (the default, Debian 12's), and QEMU 7.2 has no iommufd backend (-object iommufd): it needs QEMU 9.0"
                + " or later. If the guest runs on a newer QEMU, state it (vm guest { qemu \"9.0\" }); otherwise open the device by group"
                + " ('open group')."), refused.reasons());
        // the refusal is the tool's own verdict: Debian 12's QEMU has no iommufd object
        Tool old = Tool.run(dir, "qemu-system-x86_64", "-object", "iommufd,help");
        assertTrue(old.exitCode() != 0 && old.output().contains("iommufd"), old.output());
        GenerationRefused libvirt = assertThrows(GenerationRefused.class, () -> Target.LIBVIRT.generate(config, Target.Generator.Options.DEFAULT));
        assertTrue(libvirt.reasons().get(0).contains("libvirt 9.0 (the default, Debian 12's), and libvirt 9.0 has no iommufd form of host"
                + " devices (<driver iommufd='yes'/>): it needs libvirt 11.10 or later"), libvirt.reasons().toString());
    }

    @Test
    void libvirtWritesTheIommufdFormOnlyForAVersionThatHasIt() throws IOException {
        String text = """
                config cdev-virt for board full {
                	capabilities vfio-pci vfio-cdev iommufd
                	pci nic0 "0000:03:00.0" reset flr
                	pci nic1 "0000:04:00.0" reset flr
                	group 1 { nic0 }
                	group 2 { nic1 }
                }
                vm guest { memory 1 GiB memlock 2 GiB qemu "9.2" libvirt "VERSION" }
                assign nic0 to guest { open cdev }
                assign nic1 to guest
                """;
        Path older = Files.createDirectories(dir.resolve("older")).resolve("v.assign");
        Files.writeString(older, text.replace("VERSION", "11.3"));
        AssignmentConfig on113 = ws.load(older);
        GenerationRefused refused = assertThrows(GenerationRefused.class, () -> Target.LIBVIRT.generate(on113, Target.Generator.Options.DEFAULT));
        assertTrue(refused.reasons().get(0).startsWith("v.assign:9: The assignment of device nic0 (0000:03:00.0) to guest asks for 'open cdev',"
                + " but VM guest guest targets libvirt 11.3, and libvirt 11.3 has no iommufd form"), refused.reasons().toString());

        Path newer = Files.createDirectories(dir.resolve("newer")).resolve("v.assign");
        Files.writeString(newer, text.replace("VERSION", "11.10"));
        GeneratedFile domain = only(Target.LIBVIRT.generate(ws.load(newer), Target.Generator.Options.DEFAULT));
        assertTrue(domain.content().contains("<driver name='vfio' iommufd='yes'/>\n      <source>\n"
                + "        <address domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>"), domain.content());
        assertTrue(domain.content().contains("<driver name='vfio'/>\n      <source>\n"
                + "        <address domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>"), "nic1 opens by group: " + domain.content());
        // Debian 12's libvirt (9.0) has no such attribute: its schema refuses the 11.10 form, which is why 9.0 gets a refusal
        Path file = keep(new GeneratedFile("guest-libvirt-11.10.xml", domain.content()));
        Tool verdict = Tool.run(dir, "virt-xml-validate", file.toString());
        assertTrue(verdict.exitCode() != 0, verdict.output());
        Tool without = Tool.run(dir, "bash", "-c", "sed \"s/ iommufd='yes'//\" " + file + " > plain.xml && virt-xml-validate plain.xml");
        assertTrue(without.exitCode() == 0 && without.output().contains("validates"), "everything else validates: " + without.output());
    }

    /**
     * Every -device option names only properties QEMU's vfio-pci has, and QEMU, started paused
     * with the machine options and that device, parses everything and fails only where a real
     * host device is needed.
     */
    private void checkWithQemu(String qemu, List<String> args, String realizeError) {
        String help = Tool.run(dir, qemu, "-device", "vfio-pci,help").ok().output();
        Set<String> properties = Pattern.compile("(?m)^\\s+([\\w-]+)=").matcher(help).results().map(m -> m.group(1))
                .collect(Collectors.toSet());
        List<String> machine = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            String value = args.get(i + 1);
            if (option.equals("-device")) {
                for (String property : value.substring(value.indexOf(',') + 1).split(",")) {
                    String name = property.substring(0, property.indexOf('='));
                    // id is every device's own option, not a vfio-pci property
                    assertTrue(name.equals("id") || properties.contains(name), qemu + " has no vfio-pci property " + name + ": " + properties);
                }
                List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" 3</dev/null 4</dev/null", "qemu", qemu,
                        "-L", "/usr/share/qemu", "-S", "-nodefaults", "-display", "none", "-accel", "tcg"));
                command.addAll(machine);
                command.addAll(objects);
                command.addAll(List.of(option, value));
                Tool run = Tool.run(dir, command);
                assertTrue(run.exitCode() != 0, "QEMU started without a host device?\n" + run.output());
                assertTrue(run.output().contains(realizeError), command + "\n" + run.output());
                assertFalse(run.output().contains("not found") || run.output().contains("Invalid parameter"), run.output());
            } else if (option.equals("-object")) {
                objects.addAll(List.of(option, value));
            } else {
                machine.addAll(List.of(option, value));
            }
        }
    }

    @Test
    void libvirtValidatesTheDomain() throws IOException {
        GeneratedFile domain = only(Target.LIBVIRT.generate(q35, Target.Generator.Options.DEFAULT));
        assertTrue(domain.content().contains("<address domain='0x0000' bus='0x01' slot='0x02' function='0x0'/>"), domain.content());
        Path file = keep(domain);
        Tool verdict = Tool.run(dir, "virt-xml-validate", file.toString()).ok();
        assertTrue(verdict.output().contains("validates"), verdict.output());
    }

    @Test
    void dtcCompilesTheOverlay() throws IOException {
        assertEquals(List.of(), Target.DTS.generate(q35, Target.Generator.Options.DEFAULT), "no platform devices on q35");
        GeneratedFile overlay = only(Target.DTS.generate(microvm, Target.Generator.Options.DEFAULT));
        Path source = keep(overlay);
        List<String> command = new ArrayList<>(List.of("dtc", "-@"));
        DTC_CHECKS.forEach(check -> command.add("-W" + check));
        command.addAll(List.of("-I", "dts", "-O", "dtb", "-o", "overlay.dtbo", source.toString()));
        Tool compiled = Tool.run(dir, command).ok();
        assertEquals("", compiled.output(), "dtc with every check warns about nothing");
        String back = Tool.run(dir, "dtc", "-I", "dtb", "-O", "dts", "overlay.dtbo").ok().output();
        assertTrue(back.contains("target-path = \"/\";"), back);
        assertTrue(back.contains("rng@feb02e00 {"), back);
        assertTrue(back.contains("reg = <0x00 0xfeb02e00 0x00 0x200>;"), back);
        assertTrue(back.contains("#address-cells = <0x02>;") && back.contains("#size-cells = <0x02>;"), back);
        assertTrue(back.contains("ioapic = \"/fragment@0/__overlay__/rng@feb02e00:interrupt-parent:0\";"), "a fixup for the parent: " + back);
        assertTrue(back.contains("compatible = \"virtio,mmio\";"), back);
    }

    @Test
    void gccCompilesTheHeadersAndTheirValuesMatchTheKernelAndTheBoard() throws IOException {
        GeneratedFile edu = only(Target.C.generate(q35, Target.Generator.Options.DEFAULT));
        GeneratedFile rng = only(Target.C.generate(microvm, Target.Generator.Options.DEFAULT));
        keep(edu);
        keep(rng);
        Files.writeString(dir.resolve(edu.name()), edu.content());
        Files.writeString(dir.resolve(rng.name()), rng.content());
        Files.writeString(dir.resolve("check.c"), """
                #include <linux/vfio.h>
                #include "edu-driver.h"
                #include "edu-driver.h"
                #include "rng-driver.h"
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_BAR0_INDEX == VFIO_PCI_BAR0_REGION_INDEX, "BAR0 index");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_CONFIG_INDEX == VFIO_PCI_CONFIG_REGION_INDEX, "config index");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_IRQ_MSI_INDEX == VFIO_PCI_MSI_IRQ_INDEX, "MSI index");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_BAR0_SIZE == 1048576, "BAR0 size from the board");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_CONFIG_OFFSET == (7ull << 40), "region offset is index << 40");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_BAR0_MAPPED && !DEVASSIGN_EDU_DRIVER_EDU1_CONFIG_MAPPED, "mapped as configured");
                _Static_assert(DEVASSIGN_EDU_DRIVER_EDU1_DMA_RING_SIZE == 0x100000, "DMA window");
                _Static_assert(DEVASSIGN_RNG_DRIVER_RNG_REG_0__SIZE == 512, "platform region");
                _Static_assert(DEVASSIGN_RNG_DRIVER_RNG_IRQ_PLATFORM_INDEX == 0, "platform irq");
                const char *name = DEVASSIGN_EDU_DRIVER_EDU1_NAME;
                unsigned edu_id = DEVASSIGN_EDU_DRIVER_EDU1_BAR0_REG_ID;
                """);
        Tool.run(dir, "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "-o", "check.o", "check.c").ok();
    }

    /** Two devices with a window named buffer, a register named SIZE: each its own macro, and gcc -Werror agrees. */
    @Test
    void namesThatOnceCollidedCompile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("collide"));
        Files.writeString(folder.resolve("vm-q35.board"), LanguageTest.read(RepoFiles.example("vm-q35.board")).replaceFirst(
                "(<registers name=\"ID\" offset=\"0\" access=\"ro\")", "<registers name=\"SIZE\" offset=\"12\" access=\"ro\"/>\n      $1"));
        Path config = Files.writeString(folder.resolve("drv.assign"), """
                config collide for "vm-q35.board"
                userspace drv { uid 1 gid 1 memlock 64 MiB }
                assign edu0 to drv {
                	dma buffer at 0x100000 size 4 KiB
                }
                assign edu1 to drv {
                	dma buffer at 0x100000 size 4 KiB
                }
                """);
        assertEquals(List.of(), ws.validate(config));
        GeneratedFile header = only(Target.C.generate(ws.load(config), Target.Generator.Options.DEFAULT));
        keep(new GeneratedFile("collide-drv.h", header.content()));
        Files.writeString(folder.resolve("drv.h"), header.content());
        Files.writeString(folder.resolve("check.c"), """
                #include "drv.h"
                _Static_assert(DEVASSIGN_DRV_EDU0_DMA_BUFFER_IOVA == 0x100000 && DEVASSIGN_DRV_EDU1_DMA_BUFFER_IOVA == 0x100000, "both");
                _Static_assert(DEVASSIGN_DRV_EDU0_BAR0_REG_SIZE == 12, "the register");
                _Static_assert(DEVASSIGN_DRV_EDU0_BAR0_SIZE == 0x100000, "the region's size");
                """);
        Tool.run(folder, "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "-o", "check.o", "check.c").ok();
    }

    /** Names that still meet as C identifiers (edu-0 and edu_0) are refused, naming both elements. */
    @Test
    void aRemainingCollisionIsRefusedNamingBoth() throws IOException {
        Path config = ws.write("meet.assign", """
                config meet for board b {
                	pci edu-0 "0000:00:05.0" { region BAR0 index 0 at 0xfe400000 size 4 KiB read write mmap }
                	pci edu_0 "0000:00:06.0" { region BAR0 index 0 at 0xfe500000 size 4 KiB read write mmap }
                	group 4 { edu-0 }
                	group 5 { edu_0 }
                }
                userspace drv { uid 1 gid 1 memlock 64 MiB }
                assign edu-0 to drv
                assign edu_0 to drv
                """);
        assertEquals(List.of(), ws.validate(config));
        GenerationRefused refused = assertThrows(GenerationRefused.class, () -> Target.C.generate(ws.load(config), Target.Generator.Options.DEFAULT));
        assertEquals("meet.assign:7: The C header of user-space driver drv would define DEVASSIGN_DRV_EDU_0_NAME twice: for the kernel name"
                + " of device edu-0 (0000:00:05.0) and for the kernel name of device edu_0 (0000:00:06.0). Their names become the same C"
                + " identifier (upper case, every character other than a letter or digit made '_'): rename one of them in its board or"
                + " config.", refused.reasons().get(0));
    }

    @Test
    void persistentBindingsForPciDevices() throws IOException {
        List<GeneratedFile> files = Target.PERSIST.generate(q35, Target.Generator.Options.DEFAULT);
        assertEquals(List.of("devassign-vfio.conf", "driverctl.sh", "90-devassign-vfio.rules", "devassign-vfio-bind"),
                files.stream().map(GeneratedFile::name).toList());
        for (GeneratedFile file : files) {
            keep(file);
        }
        String driverctl = files.get(1).content();
        assertTrue(driverctl.contains("\ndriverctl set-override 0000:00:06.0 vfio-pci\n"), driverctl);
        assertTrue(driverctl.contains("\ndriverctl set-override 0000:01:01.0 vfio-pci\n") && driverctl.contains("0000:01:02.0 vfio-pci\n"), driverctl);
        assertFalse(driverctl.contains("0000:00:05.0"), "edu0 is not persistent");
        // the unit that applies it at boot, which a service using the device orders itself after
        assertTrue(driverctl.contains(": at boot driverctl@pci-0000:00:06.0.service\ndriverctl set-override 0000:00:06.0 vfio-pci\n"), driverctl);
        assertTrue(files.get(2).content().contains("After=systemd-udev-settle.service"), files.get(2).content());
        assertFalse(driverctl.contains("0000:00:07.0"), "the bridge has no driver to override");
        assertTrue(files.get(2).content().contains("ACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:01:01.0\","
                + " ATTR{driver_override}=\"vfio-pci\", RUN+=\"/usr/local/lib/devassign/devassign-vfio-bind pci $kernel vfio-pci\"\n"),
                files.get(2).content());
        assertFalse(files.get(0).content().contains("\noptions"), "the edus need no module options: " + files.get(0).content());
        for (GeneratedFile script : List.of(files.get(1), files.get(3))) {
            Tool.run(dir, "shellcheck", "--shell=sh", "--severity=style", dir.resolve(script.name()).toString()).ok();
        }
        // the bind script refuses what no rule gives it, as root must
        Tool bad = Tool.run(dir, "sh", dir.resolve("devassign-vfio-bind").toString(), "pci", "../../etc", "vfio-pci");
        assertEquals(2, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("'../../etc' is not a device name"), bad.output());
    }

    /** A NIC on its host driver: a softdep loads vfio-pci first so that it claims the device at boot. */
    @Test
    void hostDriversGetASoftdep() throws IOException {
        Path config = ws.write("nic.assign", """
                config nic for board b {
                	pci nic0 "0000:03:00.0" driver e1000e reset flr
                	group 7 { nic0 }
                }
                probe p
                assign nic0 to p { persistent }
                """);
        assertEquals(List.of(), ws.validate(config));
        String modprobe = Target.PERSIST.generate(ws.load(config), Target.Generator.Options.DEFAULT).get(0).content();
        assertTrue(modprobe.contains("\nsoftdep e1000e pre: vfio_pci\n"), modprobe);
    }

    /** A platform device in a no-IOMMU group without a reset module: the options vfio and vfio-platform need at boot. */
    @Test
    void persistentBindingsForPlatformDevices() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("platform"));
        Files.writeString(folder.resolve("vm-microvm.board"), LanguageTest.read(RepoFiles.example("vm-microvm.board")));
        Path config = Files.writeString(folder.resolve("rng.assign"),
                LanguageTest.read(RepoFiles.example("vm-microvm.assign")).replace("\tdriver vfio-platform\n", "\tpersistent\n\tdriver vfio-platform\n"));
        assertEquals(List.of(), ws.validate(config));
        List<GeneratedFile> files = Target.PERSIST.generate(ws.load(config), Target.Generator.Options.DEFAULT);
        String modprobe = files.get(0).content();
        assertTrue(modprobe.contains("\noptions vfio enable_unsafe_noiommu_mode=1\n"), modprobe);
        assertTrue(modprobe.contains("\noptions vfio_platform reset_required=0\n"), modprobe);
        assertTrue(modprobe.contains("\nsoftdep virtio_mmio pre: vfio_platform\n"), modprobe);
        assertTrue(files.get(1).content().contains(": at boot driverctl@platform-LNRO0005:00.service\ndriverctl --bus platform set-override LNRO0005:00 vfio-platform\n"),
                files.get(1).content());
        Path script = Files.writeString(folder.resolve("driverctl.sh"), files.get(1).content());
        Tool.run(dir, "shellcheck", "--shell=sh", "--severity=style", script.toString()).ok();
    }

    private static GeneratedFile only(List<GeneratedFile> files) {
        assertEquals(1, files.size(), files::toString);
        return files.get(0);
    }

    /** The lines that are not comments: the arguments, one a line. */
    private static List<String> arguments(GeneratedFile file) {
        return file.content().lines().filter(l -> !l.startsWith("#")).toList();
    }

    /**
     * Every check of dtc 1.6.1 (Debian 12), which has no -Wall: all but always_fail (a test check) and
     * node_name_chars_strict, which flags only dtc's own __overlay__ nodes, present in any /plugin/ source.
     */
    private static final List<String> DTC_CHECKS = List.of("addr_size_cells", "address_cells_is_cell", "alias_paths",
            "avoid_default_addr_size", "avoid_unnecessary_addr_size", "chosen_node_bootargs", "chosen_node_is_root",
            "chosen_node_stdout_path", "clocks_is_cell", "clocks_property", "compatible_is_string_list", "cooling_device_is_cell",
            "cooling_device_property", "deprecated_gpio_property", "device_type_is_string", "dma_ranges_format", "dmas_is_cell",
            "dmas_property", "duplicate_label", "duplicate_node_names", "duplicate_property_names", "explicit_phandles",
            "gpios_property", "graph_child_address", "graph_endpoint", "graph_nodes", "graph_port", "hwlocks_is_cell",
            "hwlocks_property", "i2c_bus_bridge", "i2c_bus_reg", "interrupt_provider", "interrupts_extended_is_cell",
            "interrupts_extended_property", "interrupts_property", "io_channels_is_cell", "io_channels_property", "iommus_is_cell",
            "iommus_property", "label_is_string", "mboxes_is_cell", "mboxes_property", "model_is_string", "msi_parent_is_cell",
            "msi_parent_property", "mux_controls_is_cell", "mux_controls_property", "name_is_string", "name_properties",
            "names_is_string_list", "node_name_chars", "node_name_format", "node_name_vs_property_name",
            "obsolete_chosen_interrupt_controller", "omit_unused_nodes", "path_references", "pci_bridge", "pci_device_bus_num",
            "pci_device_reg", "phandle_references", "phys_is_cell", "phys_property", "power_domains_is_cell", "power_domains_property",
            "property_name_chars", "property_name_chars_strict", "pwms_is_cell", "pwms_property", "reg_format", "resets_is_cell",
            "resets_property", "simple_bus_bridge", "simple_bus_reg", "size_cells_is_cell", "sound_dai_is_cell", "sound_dai_property",
            "spi_bus_bridge", "spi_bus_reg", "status_is_string", "thermal_sensors_is_cell", "thermal_sensors_property",
            "unique_unit_address", "unique_unit_address_if_enabled", "unit_address_format", "unit_address_vs_reg");

    /** Writes the file to the temp folder and keeps a copy in target/generated-examples. */
    private Path keep(GeneratedFile file) throws IOException {
        Files.writeString(RepoFiles.artifacts("generated-examples").resolve(file.name()), file.content());
        return Files.writeString(dir.resolve(file.name()), file.content());
    }

}

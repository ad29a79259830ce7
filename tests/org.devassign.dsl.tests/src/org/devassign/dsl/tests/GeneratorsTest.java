package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.devassign.dsl.generator.Target;
import org.devassign.model.AssignmentConfig;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators' output for the example configs, checked by the tools that consume it, none
 * written here: QEMU (7.2 from Debian for the group form; 10 from bookworm-backports for iommufd),
 * libvirt's virt-xml-validate, dtc, gcc -Wall -Werror against the kernel's vfio.h, shellcheck.
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
                vm guest { memory 1 GiB memlock 2 GiB }
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
        Tool.run(dir, "dtc", "-@", "-I", "dts", "-O", "dtb", "-o", "overlay.dtbo", source.toString()).ok();
        String back = Tool.run(dir, "dtc", "-I", "dtb", "-O", "dts", "overlay.dtbo").ok().output();
        assertTrue(back.contains("target-path = \"/\";"), back);
        assertTrue(back.contains("rng@feb02e00 {"), back);
        assertTrue(back.contains("reg = <0x00 0xfeb02e00 0x200>;"), back);
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
                _Static_assert(DEVASSIGN_EDU_DRIVER_DMA_RING_SIZE == 0x100000, "DMA window");
                _Static_assert(DEVASSIGN_RNG_DRIVER_RNG_REG_0__SIZE == 512, "platform region");
                _Static_assert(DEVASSIGN_RNG_DRIVER_RNG_IRQ_PLATFORM_INDEX == 0, "platform irq");
                const char *name = DEVASSIGN_EDU_DRIVER_EDU1_NAME;
                unsigned edu_id = DEVASSIGN_EDU_DRIVER_EDU1_BAR0_ID;
                """);
        Tool.run(dir, "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "-o", "check.o", "check.c").ok();
    }

    @Test
    void shellcheckAcceptsTheDriverctlScript() throws IOException {
        List<GeneratedFile> files = Target.PERSIST.generate(q35, Target.Generator.Options.DEFAULT);
        assertEquals(List.of("driverctl.sh", "90-devassign-vfio.rules", "devassign-vfio.conf"), files.stream().map(GeneratedFile::name).toList());
        Path script = keep(files.get(0));
        keep(files.get(1));
        keep(files.get(2));
        assertTrue(files.get(0).content().contains("\ndriverctl set-override 0000:00:06.0 vfio-pci\n"), files.get(0).content());
        assertFalse(files.get(0).content().contains("0000:00:05.0"), "edu0 is not persistent");
        assertFalse(files.get(0).content().contains("0000:00:07.0"), "the bridge has no driver to override");
        Tool.run(dir, "shellcheck", "--shell=sh", script.toString()).ok();
        assertTrue(files.get(1).content().contains(
                "ACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:01:01.0\", ATTR{driver_override}=\"vfio-pci\"\n"), files.get(1).content());
    }

    private static GeneratedFile only(List<GeneratedFile> files) {
        assertEquals(1, files.size(), files::toString);
        return files.get(0);
    }

    /** The lines that are not comments: the arguments, one a line. */
    private static List<String> arguments(GeneratedFile file) {
        return file.content().lines().filter(l -> !l.startsWith("#")).toList();
    }

    /** Writes the file to the temp folder and keeps a copy in target/generated-examples. */
    private Path keep(GeneratedFile file) throws IOException {
        Files.writeString(RepoFiles.artifacts("generated-examples").resolve(file.name()), file.content());
        return Files.writeString(dir.resolve(file.name()), file.content());
    }

}

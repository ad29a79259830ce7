package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.PciIrq;
import org.devassign.core.rules.Vfio;
import org.devassign.dsl.generator.GeneratedFile;
import org.devassign.dsl.generator.Target;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.HostUsages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator and the generators decide as the core does: each case states the core's answer and
 * the language's for the same facts, so a rule changed in one place shows here.
 */
class CoreRulesTest {

    @TempDir
    Path dir;

    /** A group behind a bridge: the bridge by class only (no 'bridge' flag, as a board without config space has it). */
    private static String board(String bridgeDriver, String edu3Driver) {
        return "config c for board b {\n"
                + "\tkernel \"6.12\" capabilities vfio-pci type1v2\n"
                + "\tpci br \"0000:00:07.0\" class 0x060400" + (bridgeDriver == null ? "" : " driver " + bridgeDriver) + "\n"
                + "\tpci edu2 \"0000:01:01.0\" class 0xff00\n"
                + "\tpci edu3 \"0000:01:02.0\" class 0xff00" + (edu3Driver == null ? "" : " driver \"" + edu3Driver + "\"") + "\n"
                + "\tgroup 6 { br edu2 edu3 }\n"
                + "}\n"
                + "vm vm1 { memory 256 MiB memlock 256 MiB }\n"
                + "assign edu2 to vm1\n";
    }

    private List<Problem> problems(String name, String text) {
        Workspace ws = new Workspace(dir);
        Path file = ws.write(name, text);
        ws.load(file);
        return ws.validate(file);
    }

    /** The core's verdict on group 6 of the config when edu2 is taken. */
    private GroupViability.Verdict coreVerdict(String name) {
        Workspace ws = new Workspace(dir);
        AssignmentConfig config = ws.load(dir.resolve(name));
        List<GroupMember> members = config.getInlineBoard().getIommuGroups().get(0).getDevices().stream()
                .map(d -> DeviceFacts.member(d).orElseThrow()).toList();
        return GroupViability.check(members, Set.of(DeviceId.parse("0000:01:01.0")));
    }

    @Test
    void aBridgeByClassAloneIsABridgeToTheValidatorAsToTheCore() {
        List<Problem> problems = problems("c.assign", board(null, null));
        assertEquals(List.of(IssueCodes.GROUP_COMPANION_UNUSED), problems.stream().map(Problem::code).toList(), problems::toString);
        assertEquals(List.of("6", "edu3"), problems.get(0).data(), "the idle companion is edu3; the bridge needs nothing");

        PciDevice bridge = (PciDevice) new Workspace(dir).load(dir.resolve("c.assign")).getInlineBoard().getDevices().get(0);
        assertFalse(bridge.isBridge(), "the board states no header type");
        assertTrue(Bridges.isPciBridge(bridge.getClassCode(), -1));
        assertTrue(DeviceFacts.isBridge(bridge));
        assertTrue(DeviceFacts.isIdleBridge(bridge));
        GroupViability.Verdict verdict = coreVerdict("c.assign");
        assertTrue(verdict.viable());
        assertEquals(List.of(DeviceId.parse("0000:01:02.0")), verdict.idleCompanions().stream().map(GroupMember::id).toList());
    }

    @Test
    void companionsOnPcieportOrPciStubKeepTheGroupViable() {
        assertEquals(List.of(), problems("c.assign", board("pcieport", "pci-stub")).stream().map(Problem::toString).toList());
        assertTrue(coreVerdict("c.assign").viable());
        assertTrue(Vfio.leavesGroupViable("pcieport") && Vfio.leavesGroupViable("pci-stub"));
    }

    @Test
    void aCompanionOnAHostDriverBlocksTheGroupAsTheCoreSays() {
        List<Problem> problems = problems("c.assign", board("pcieport", "uio_pci_generic"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("IOMMU group 6 is not viable for the assignment of device edu2 (0000:01:01.0) to vm1: its device edu3 (0000:01:02.0)"
                + " is still on uio_pci_generic. " + GroupViability.RULE + " Assign the whole group (assign group 6 to vm1), or unbind"
                + " those devices from their host drivers first.", problems.get(0).message());
        assertEquals(IssueCodes.GROUP_INCOMPLETE, problems.get(0).code());
        assertEquals(List.of("6", "edu3", "uio_pci_generic"), problems.get(0).data());
        GroupViability.Verdict verdict = coreVerdict("c.assign");
        assertEquals(List.of(DeviceId.parse("0000:01:02.0")), verdict.blockers().stream().map(b -> b.member().id()).toList());
    }

    @Test
    void aProtectedCompanionMakesTheGroupUnassignable() {
        Workspace ws = new Workspace(dir).editBoard("vm-q35.board", "name=\"lpc\" ", "name=\"lpc\" protection=\"management\" ");
        Path alone = ws.write("d.assign", "config d for \"vm-q35.board\"\nvm vm1 { memory 256 MiB memlock 256 MiB }\nassign sata to vm1\n");
        ws.load(alone);
        List<Problem> blocked = ws.validate(alone).stream().filter(p -> p.severity().equals("error")).toList();
        assertEquals(1, blocked.size(), blocked::toString);
        assertEquals("IOMMU group 7 is not viable for the assignment of device sata (0000:00:1f.2) to vm1: its device lpc (0000:00:1f.0)"
                + " is protected (management). " + GroupViability.RULE + " A protected device never leaves its host driver, so this group"
                + " cannot be assigned: choose another device.", blocked.get(0).message());
        assertEquals(IssueCodes.GROUP_PROTECTED, blocked.get(0).code(), "no quick fix offers to assign the whole group");
        assertEquals(List.of("7", "lpc", "management"), blocked.get(0).data());
    }

    @Test
    void anFslMcContainerGetsVfioFslMcInTheValidatorAndTheGenerators() {
        Workspace ws = new Workspace(dir);
        ws.write("lx2.board", """
                <?xml version="1.0" encoding="UTF-8"?>
                <devassign:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:devassign="http://devassign.org/model/1.0" name="lx2" kernelVersion="6.12" kernelCapabilities="vfio-fsl-mc type1v2">
                  <devices xsi:type="devassign:FslMcContainer" name="dprc2" sysfsName="dprc.2" driver="fsl_mc_dprc" iommuGroup="3" containerId="2"/>
                  <iommuGroups id="3" devices="dprc2"/>
                </devassign:Board>
                """);
        String head = "config f for \"lx2.board\"\nuserspace drv\n";
        AssignmentConfig config = null;
        for (String driver : List.of("", " { driver vfio-fsl-mc persistent }")) {
            ws = new Workspace(dir);
            Path file = ws.write("f.assign", head + "assign dprc2 to drv" + driver + "\n");
            config = ws.load(file);
            assertEquals(List.of(), ws.validate(file), driver);
        }
        Device dprc = config.getAssignments().get(0).getDevice();
        assertEquals(Vfio.FSL_MC, DeviceFacts.vfio(dprc));
        assertEquals(Vfio.FSL_MC, Vfio.forDevice(DeviceId.parse("dprc.2")));
        List<GeneratedFile> persist = Target.PERSIST.generate(config, Target.Generator.Options.DEFAULT);
        // modprobe.d first (module names as modprobe prints them), then driverctl.sh
        assertTrue(persist.get(1).content().contains("driverctl --bus fsl-mc set-override dprc.2 vfio-fsl-mc\n"), persist.get(1).content());
        assertTrue(persist.get(0).content().contains("softdep fsl_mc_dprc pre: vfio_fsl_mc\n"), persist.get(0).content());

        ws = new Workspace(dir);
        Path wrong = ws.write("f.assign", head + "assign dprc2 to drv { driver vfio-pci }\n");
        ws.load(wrong);
        List<Problem> problems = ws.validate(wrong);
        assertEquals(List.of("f.assign:3:30: error: The device dprc2 (dprc.2) cannot be bound to vfio-pci: it is on the fsl-mc bus,"
                + " which vfio-fsl-mc drives. Write 'driver vfio-fsl-mc' or leave the driver out (auto)."),
                problems.stream().map(p -> p.toString().substring(dir.toString().length() + 1)).toList());
        assertEquals(IssueCodes.DRIVER_MISMATCH, problems.get(0).code());
        assertEquals(List.of("dprc2", "vfio-fsl-mc"), problems.get(0).data());
        assertFalse(Vfio.PCI.drives(DeviceId.parse("dprc.2")));
    }

    @Test
    void msiTogetherWithMsixIsRefusedAsTheCoreRefusesIt() {
        List<Problem> problems = problems("m.assign", """
                config m for board b {
                	pci nic "0000:00:08.0" {
                		irq intx index 0 eventfd
                		irq msi index 1 eventfd
                		irq msix index 2 count 4 eventfd
                	}
                	group 8 { nic }
                }
                userspace drv
                assign nic to drv { irq msi eventfd irq msix eventfd }
                assign nic to drv { irq intx eventfd irq msi eventfd irq msix eventfd }
                """);
        List<Problem> signalling = problems.stream().filter(p -> IssueCodes.IRQ_INTX_AND_MSI.equals(p.code())).toList();
        assertEquals(List.of(
                "The assignment of device nic (0000:00:08.0) to drv binds both MSI and MSI-X of the device nic (0000:00:08.0): a PCI function"
                        + " signals through one of them at a time, and VFIO refuses to enable the second. Keep one binding.",
                "The assignment of device nic (0000:00:08.0) to drv binds INTx, MSI and MSI-X of the device nic (0000:00:08.0): a PCI"
                        + " function signals through one of them at a time, and VFIO refuses to enable the second. Keep one binding."),
                signalling.stream().map(Problem::message).toList());
        assertEquals(List.of("nic", "msi,msix"), signalling.get(0).data());
        assertEquals(EnumSet.of(PciIrq.MSI, PciIrq.MSIX), PciIrq.conflicting(List.of(PciIrq.MSI, PciIrq.MSIX)));
        assertEquals(Set.of(), PciIrq.conflicting(List.of(PciIrq.MSIX, PciIrq.ERR, PciIrq.REQ)));
    }

    @Test
    void aDeviceWithoutAKernelNameCannotBeAssigned() {
        List<Problem> problems = problems("n.assign", """
                config n for board b {
                	platform uart "../../etc"
                	platform rng "LNRO0005:00"
                }
                userspace drv
                assign uart to drv
                assign rng to drv
                """);
        assertEquals(List.of("n.assign:6:8: error: The device uart (../../etc) cannot be assigned: its kernel name '../../etc' is not a"
                + " device name (it contains '/': a device name is not a path): name a device as the kernel does, without a path: a PCI"
                + " address such as 0000:00:05.0, a platform device such as LNRO0005:00 or fe300000.serial, or an fsl-mc object such as"
                + " dprc.1. Correct the device's kernel name in the board."),
                problems.stream().map(p -> p.toString().substring(dir.toString().length() + 1)).toList());
        assertEquals(IssueCodes.DEVICE_NAME, problems.get(0).code());
    }
    @Test
    void aDeviceTheHostUsesIsWarnedInTheAgentsWordsUnlessTheAssignmentSaysForce() {
        Workspace ws = new Workspace(dir).editBoard("vm-q35.board", "revision=\"16\">\n    <regions index=\"0\" name=\"BAR0\" base=\"4265607168\"",
                "revision=\"16\" driver=\"uio_pci_generic\">\n    <hostUsage kind=\"block\" name=\"/dev/nvme0n1\" description=\"64 MiB disk\"/>\n"
                        + "    <hostUsage kind=\"mount\" name=\"/dev/nvme0n1\" description=\"mounted on /data\" inUse=\"true\"/>\n"
                        + "    <regions index=\"0\" name=\"BAR0\" base=\"4265607168\"");
        Path plain = ws.write("u.assign", "config u for \"vm-q35.board\"\nprobe agent { memlock 16 MiB }\nassign edu0 to agent\n");
        ws.load(plain);
        List<Problem> problems = ws.validate(plain);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("warning", problems.get(0).severity());
        assertEquals(IssueCodes.DEVICE_IN_USE, problems.get(0).code());
        Device edu0 = ws.load(plain).getAssignments().get(0).getDevice();
        String core = HostUse.refusal("The device edu0 (0000:00:05.0)", HostUsages.of(edu0), "mark the assignment `force`").orElseThrow();
        assertEquals("The device edu0 (0000:00:05.0) holds /dev/nvme0n1, mounted on /data: giving it away fails those reads and writes;"
                + " unmount it first, or mark the assignment `force`", core);
        assertEquals(core + " (the agent refuses it otherwise).", problems.get(0).message(), "the validator says what the agent says");
        assertEquals(List.of("/dev/nvme0n1 (64 MiB disk)"), HostUse.losses(HostUsages.of(edu0)));

        Path forced = ws.write("u.assign", "config u for \"vm-q35.board\"\nprobe agent { memlock 16 MiB }\nassign edu0 to agent { force }\n");
        ws.load(forced);
        assertEquals(List.of(), ws.validate(forced).stream().map(Problem::toString).toList());
        assertTrue(ws.load(forced).getAssignments().get(0).isForce());
    }
}

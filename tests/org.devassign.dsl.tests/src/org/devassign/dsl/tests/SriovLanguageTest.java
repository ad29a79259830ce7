package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.generator.GeneratedFile;
import org.devassign.dsl.generator.Target;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.TestBoards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SR-IOV in the language: {@code vfs nic0 count N} creates VFs on a PF, {@code assign nic0.vf[0..3]}
 * takes them by index; the VFs assigned must be created (or enabled on the board), once per PF, and
 * the PF stays with the host.
 */
class SriovLanguageTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            config c for "lab.board"
            vm vm1 { memory 1 GiB memlock 2 GiB }
            probe p
            """;

    /** The lab board's igb PF at 0000:00:0c.0 (7 VFs at offset 128, stride 2) and an edu. */
    private Workspace lab(int enabled, String pfDriver) throws IOException {
        Board board = TestBoards.board("lab");
        PciDevice pf = TestBoards.igb(board, "nic0", "0000:00:0c.0", 11);
        pf.getSriov().setNumVfs(enabled);
        pf.setDriver(pfDriver);
        TestBoards.pci(board, "edu0", "0000:00:05.0", 0xfea00000L);
        for (int i = 0; i < enabled; i++) {
            TestBoards.vf(board, pf, i, 100 + i);
        }
        BoardFiles.save(board, dir.resolve("lab.board"));
        return new Workspace(dir);
    }

    @Test
    void vfsCreatedAndAssignedByIndexParseAndCoverTheVfsAddresses() throws IOException {
        Workspace ws = lab(0, "igb");
        Path file = ws.write("c.assign", HEADER + "vfs nic0 count 4\nassign nic0.vf[0..1] to vm1\nassign \"0000:00:0c.0\".vf[3] to p\n");
        AssignmentConfig config = ws.load(file);
        assertEquals(List.of(), ws.validate(file));
        assertEquals(4, config.getVirtualFunctions().get(0).getCount());
        assertEquals("nic0", config.getVirtualFunctions().get(0).getPhysicalFunction().getName());
        Assignment two = config.getAssignments().get(0);
        assertEquals(List.of(0, 1), List.of(two.getFirstVf(), two.getLastVf()));
        assertEquals(List.of("0000:00:1c.0", "0000:00:1c.2"), AssignedDevices.of(two).stream().map(Device::getSysfsName).toList(),
                "offset 128 and stride 2 from 00:0c.0 (routing ID 0x60): routing IDs 0xe0 and 0xe2");
        Assignment one = config.getAssignments().get(1);
        assertSame(two.getPhysicalFunction(), one.getPhysicalFunction());
        assertEquals(List.of("0000:00:1c.6"), AssignedDevices.of(one).stream().map(Device::getSysfsName).toList());
    }

    @Test
    void vfsThatAreNeitherCreatedNorEnabledAreNamedWithTheLineThatCreatesThem() throws IOException {
        assertEquals(List.of("c.assign:4:8: error: The assignment of VFs 0-2 of device nic0 (0000:00:0c.0) to vm1 takes VFs that do not"
                + " exist: nic0 has no VFs enabled on its board, and this config creates none. Create them first (vfs nic0 count 3)."),
                lab(0, "igb").problems("c.assign", HEADER + "assign nic0.vf[0..2] to vm1\n"));
        assertEquals(List.of("c.assign:5:8: error: The assignment of VF 2 of device nic0 (0000:00:0c.0) to vm1 takes VF 2, but this config"
                + " creates 2 VFs (VF 0 to 1): create 3 (vfs nic0 count 3), or assign fewer."),
                lab(0, "igb").problems("c.assign", HEADER + "vfs nic0 count 2\nassign nic0.vf[2] to vm1\n"));
    }

    @Test
    void vfsTheBoardAlreadyHasNeedNoCreation() throws IOException {
        assertEquals(List.of(), lab(2, "igb").problems("c.assign", HEADER + "assign nic0.vf[1] to vm1\n"));
    }

    @Test
    void aPfCreatedTwiceAssignedItselfOrWithoutDriverIsRefused() throws IOException {
        List<String> problems = lab(0, "igb").problems("c.assign", HEADER + "vfs nic0 count 2\nvfs nic0 count 3\nassign nic0 to p\n");
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("c.assign:4:5: error: The device nic0 (0000:00:0c.0) is assigned to p (on line 6) while this config creates VFs on"
                + " it: the PF's host driver creates and keeps its VFs, so the PF stays with the host. Assign its VFs (assign nic0.vf[0]"
                + " to ...), or remove the 'vfs' line.", problems.get(0));
        assertEquals("c.assign:5:5: error: The VFs of device nic0 (0000:00:0c.0) are created twice in this config: one count per"
                + " physical function (the kernel has one sriov_numvfs). Remove one of the 'vfs nic0' lines.", problems.get(1));
        assertEquals(List.of("c.assign:4:5: error: The device nic0 (0000:00:0c.0) has no host driver on its board: the kernel enables VFs"
                + " only through the PF's driver (sriov_numvfs refuses otherwise). Bind the PF to its driver first."),
                lab(0, null).problems("c.assign", HEADER + "vfs nic0 count 2\n"));
    }

    @Test
    void countsAndRangesBeyondThePfAndVfsOfNoPfAreTheModelsErrors() throws IOException {
        List<String> problems = lab(0, "igb").problems("c.assign", HEADER + "vfs nic0 count 8\nvfs edu0 count 1\nassign nic0.vf[3..9] to vm1\n");
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(List.of(true, true, true), List.of(problems.get(0).contains("asks for 8"), problems.get(1).contains("is no SR-IOV physical function"),
                problems.get(2).contains("takes VF 9, but device nic0 (0000:00:0c.0) can have 7 VFs (VF 0 to 6)")), problems::toString);
    }

    @Test
    void theLayoutPutsEachVfsLineOnItsOwnAndWritesAVfRangeAsOneWord() throws IOException {
        Workspace ws = lab(0, "igb");
        Path file = ws.write("c.assign", "config c for \"lab.board\" probe p vfs  nic0 count 3 assign nic0 . vf [ 0 .. 1 ] to p"
                + " assign nic0.vf[ 2 ] to p\n");
        ws.load(file);
        String formatted = ws.assign.format(file);
        assertEquals("""
                config c for "lab.board"
                probe p
                vfs nic0 count 3
                assign nic0.vf[0..1] to p
                assign nic0.vf[2] to p
                """, formatted);
        ws.write("c.assign", formatted);
        ws.load(file);
        assertEquals(formatted, ws.assign.format(file), "formatting formatted text changes nothing");
    }

    @Test
    void aVmsQemuArgumentsNameItsVfsByTheAddressesTheyWillHave() throws IOException {
        Workspace ws = lab(0, "igb");
        Path file = ws.write("c.assign", HEADER + "vfs nic0 count 2\nassign nic0.vf[0..1] to vm1\n");
        AssignmentConfig config = ws.load(file);
        assertEquals(List.of(), ws.validate(file));
        List<GeneratedFile> files = Target.QEMU.generate(config, Target.Generator.Options.DEFAULT);
        assertEquals(1, files.size(), files::toString);
        List<String> hosts = files.get(0).content().lines().flatMap(l -> java.util.Arrays.stream(l.split("[ ,']")))
                .filter(w -> w.startsWith("host=")).toList();
        assertEquals(List.of("host=0000:00:1c.0", "host=0000:00:1c.2"), hosts, files.get(0).content());
    }

    @Test
    void vfAndVfsStayUsableAsNames() throws IOException {
        assertEquals(List.of(), lab(0, "igb").problems("c.assign", "config c for \"lab.board\"\nprobe vf\nvm vfs { memory 1 GiB }\nassign edu0 to vf\n"));
    }
}

package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.devicetree.DeviceTreeBoards;
import org.devassign.discovery.dts.DtsReader;
import org.devassign.discovery.fdt.DtbReader;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.Device;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.io.ModelFileException;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Every DTB in Debian's arm64 kernel package, as test oracles written by the kernel project: each
 * imports without an error into a board that validates clean; for a sample, the model's addresses,
 * sizes and interrupt counts match what the reference decompiler dtc shows; and dtc's source output
 * read back through the DTS reader gives the same board.
 */
class DebianDtbsTest {

    /** Every n-th file goes through dtc: a spread over all vendors in a few seconds. */
    private static final int DTC_SAMPLE_STEP = 10;
    private static final int ROUND_TRIP_SAMPLE_STEP = 12;

    @Test
    void everyDebianDtbImportsWithoutErrorAndValidatesClean() throws Exception {
        List<Path> dtbs = Oracles.debianDtbFiles();
        int devices = 0;
        int regions = 0;
        int interrupts = 0;
        int skippedDisabled = 0;
        int skippedOther = 0;
        int warnings = 0;
        List<String> failures = new ArrayList<>();
        Map<String, Integer> skipReasons = new TreeMap<>();
        for (Path dtb : dtbs) {
            ImportResult result;
            try {
                result = BoardImport.dtb(dtb);
            } catch (ModelFileException e) {
                failures.add(e.getMessage());
                continue;
            }
            Board board = result.board();
            for (Diagnostic problem : ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING)) {
                failures.add(dtb + ": " + problem.getMessage());
            }
            devices += board.getDevices().size();
            for (Device device : board.getDevices()) {
                regions += device.getRegions().size();
                interrupts += device.getInterrupts().size();
            }
            warnings += result.warnings().size();
            for (var skipped : result.skipped()) {
                if (skipped.reason().startsWith("disabled") || skipped.reason().contains("is disabled")) {
                    skippedDisabled++;
                } else {
                    skippedOther++;
                    skipReasons.merge(skipped.reason().replaceAll("/[^ ]*", "<node>").replaceAll("0x[0-9a-f]+", "<n>"), 1,
                            Integer::sum);
                }
            }
        }
        System.out.printf("Debian arm64 DTBs: %d files imported, %d failed; %d devices, %d regions, %d interrupts; "
                + "%d nodes skipped as disabled, %d for other reasons; %d warnings%n", dtbs.size() - failures.size(),
                failures.size(), devices, regions, interrupts, skippedDisabled, skippedOther, warnings);
        skipReasons.forEach((reason, count) -> System.out.println("  skipped " + count + "x: " + reason));
        assertEquals(List.of(), failures);
        assertTrue(devices > 10_000, "the kernel's DTBs describe many devices, not " + devices);
    }

    @Test
    void addressesSizesAndInterruptCountsMatchDtcOnASample() throws Exception {
        List<Path> dtbs = Oracles.debianDtbFiles();
        int checkedDevices = 0;
        int checkedFiles = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < dtbs.size(); i += DTC_SAMPLE_STEP) {
            Path dtb = dtbs.get(i);
            checkedDevices += crossCheck(dtb, BoardImport.dtb(dtb).board(), mismatches);
            checkedFiles++;
        }
        System.out.printf("dtc cross-check: %d DTBs, %d devices compared, %d mismatches%n", checkedFiles, checkedDevices,
                mismatches.size());
        assertEquals(List.of(), mismatches);
        assertTrue(checkedDevices > 1000, "compared only " + checkedDevices + " devices");
    }

    /**
     * Compares each device's regions and interrupt count with what dtc shows for its node.
     *
     * @return the number of devices compared
     */
    static int crossCheck(Path dtb, Board board, List<String> mismatches) {
        DtcText dtc = new DtcText(Oracles.dtcDecompile(dtb));
        int compared = 0;
        for (Device device : board.getDevices()) {
            PlatformDevice platform = (PlatformDevice) device;
            DtcText.Node node = dtc.node(platform.getDtPath());
            if (node == null) {
                mismatches.add(dtb + ": dtc shows no node " + platform.getDtPath());
                continue;
            }
            List<long[]> expected = dtc.regions(node);
            List<Region> actual = device.getRegions();
            if (expected.size() != actual.size()) {
                mismatches.add(dtb + ": " + platform.getDtPath() + " has " + actual.size() + " regions, dtc's reg gives "
                        + expected.size());
            } else {
                for (int r = 0; r < expected.size(); r++) {
                    if (expected.get(r)[0] != actual.get(r).getBase() || expected.get(r)[1] != actual.get(r).getSize()) {
                        mismatches.add(String.format("%s: %s region %d is 0x%x+0x%x, dtc's reg gives 0x%x+0x%x", dtb,
                                platform.getDtPath(), r, actual.get(r).getBase(), actual.get(r).getSize(), expected.get(r)[0],
                                expected.get(r)[1]));
                    }
                }
            }
            int interrupts = dtc.interruptCount(node);
            if (interrupts != device.getInterrupts().size()) {
                mismatches.add(dtb + ": " + platform.getDtPath() + " has " + device.getInterrupts().size()
                        + " interrupts, dtc shows " + interrupts);
            }
            String expectedName = String.format("%x.%s", expected.isEmpty() ? -1 : expected.get(0)[0],
                    node.name.replaceAll("@.*", ""));
            if (!node.has("mask") && !expected.isEmpty() && !expectedName.equals(device.getSysfsName())) {
                mismatches.add(dtb + ": " + platform.getDtPath() + " is named " + device.getSysfsName() + ", Linux would say "
                        + expectedName);
            }
            compared++;
        }
        return compared;
    }

    @Test
    void dtcSourceOutputReadBackGivesTheSameBoard() throws Exception {
        List<Path> dtbs = Oracles.debianDtbFiles();
        int compared = 0;
        for (int i = 0; i < dtbs.size(); i += ROUND_TRIP_SAMPLE_STEP) {
            Path dtb = dtbs.get(i);
            Board fromDtb = DeviceTreeBoards.toBoard(DtbReader.read(dtb), dtb, BoardSource.DTB).board();
            Board fromDts = DeviceTreeBoards.toBoard(DtsReader.parse(Oracles.dtcDecompile(dtb), dtb), dtb, BoardSource.DTB).board();
            assertNotNull(fromDts);
            assertTrue(EcoreUtil.equals(fromDtb, fromDts), dtb + ": the board from dtc's source differs from the board from the DTB");
            compared++;
        }
        System.out.println("DTS round trip through dtc: " + compared + " boards identical");
    }
}

package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.WatchRequest;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.deploy.AgentLink;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.HostUsages;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.Prepared;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.RequiresVirtualBoard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hardware people really assign, on the lab board (vmboard --board lab, full profile) with the agent
 * on the real agent core, from the command line as a user would: what the host uses the NVMe (its disk)
 * and the e1000e (its interface, up) for, found by discovery; the NVMe refused while its disk is
 * mounted, then taken with {@code force}; NVMe VS, e1000e STATUS and ivshmem's BAR2 read through the
 * agent; the e1000e's MSI-X interrupts counted per vector; rollback giving the host its disk and
 * interface back. One boot of the lab board for this class and VmSriovTest (SharedLabBoard); the transcript goes
 * to target/lab-transcript.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RequiresVirtualBoard(profile = "full")
@ExtendWith(SharedLabBoard.class)
class LabDeployTest {

    static final long IVSHMEM_WORD = 0x1122334455667788L;
    /** e1000e registers (82574): interrupt cause read/set, mask set, auto clear, vector allocation. */
    static final int ICR = 0xC0, ICS = 0xC8, IMS = 0xD0, EIAC = 0xDC, IVAR = 0xE4, STATUS = 0x08;
    static final int RXQ0 = 0x0010_0000, TXQ0 = 0x0040_0000, QUEUES_AND_OTHER = 0x01F0_0000;
    static final long STATUS_UP_1000_FD = 0x283;

    static VirtualBoard board;
    static final List<String> transcript = new ArrayList<>();
    static long started;
    static DeviceId nvme;
    static DeviceId e1000e;
    static DeviceId ivshmem;
    static String disk;
    static String nic;

    @BeforeAll
    static void boot(VirtualBoard lab) throws Exception {
        started = System.nanoTime();
        board = lab;
        board.startAgent(Map.of());
        log("lab board up (booted once for this class and VmSriovTest) and the agent listening after " + seconds(started) + " s");
        Board live = inventory();
        e1000e = id(find(live, d -> d.getVendorId() == 0x8086 && d.getDeviceId() == 0x10d3));
        nvme = id(find(live, d -> d.getVendorId() == 0x1b36 && d.getDeviceId() == 0x0010
                && HostUsages.of(d).stream().anyMatch(u -> u.kind() == HostUse.Kind.BLOCK)));
        ivshmem = id(find(live, d -> d.getVendorId() == 0x1af4 && d.getDeviceId() == 0x1110));
        disk = HostUsages.of(device(live, nvme)).stream().filter(u -> u.kind() == HostUse.Kind.BLOCK).findFirst().orElseThrow().name();
        nic = HostUsages.of(device(live, e1000e)).stream().filter(u -> u.kind() == HostUse.Kind.INTERFACE).findFirst().orElseThrow().name();
    }

    @AfterAll
    static void stop() throws Exception {
        if (board != null) {
            log("lab-board tests: " + seconds(started) + " s");
            Path out = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/lab-transcript.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, transcript);
            transcript.forEach(System.out::println);
        }
    }

    static void log(String line) {
        transcript.add(line);
    }

    static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    static AgentLink link(String role) throws IOException {
        return AgentLink.connect(board.target(), AgentLink.Identity.of(board.certs, role), p -> {
        }, c -> {
        });
    }

    static Board inventory() throws Exception {
        String xml;
        try (AgentLink viewer = link("viewer")) {
            xml = viewer.call(viewer.agent().inventory()).boardXml();
        }
        Path file = board.share.resolve("lab.board");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return BoardFiles.load(file);
    }

    static PciDevice find(Board board, Predicate<PciDevice> what) {
        return board.getDevices().stream().filter(PciDevice.class::isInstance).map(PciDevice.class::cast).filter(what).findFirst()
                .orElseThrow(() -> new AssertionError("the lab board's inventory lacks a device"));
    }

    static DeviceId id(Device d) {
        return DeviceFacts.id(d).orElseThrow();
    }

    static Device device(Board board, DeviceId id) {
        return board.getDevices().stream().filter(d -> DeviceFacts.id(d).filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    static VirtualBoard.Result guest(String script) throws Exception {
        VirtualBoard.Result r = board.exec("sh", "-c", script);
        assertEquals(0, r.code(), script + ": " + r.out() + r.err());
        return r;
    }

    static Path config(String name, boolean force) throws IOException {
        String f = force ? "force " : "";
        Path file = board.share.resolve(name);
        Files.writeString(file, "config lab for \"lab.board\"\n"
                + "probe agent { memlock 64 MiB }\n"
                + "assign \"" + nvme + "\" to agent { " + f + "map BAR0 irq msix eventfd }\n"
                + "assign \"" + e1000e + "\" to agent { " + f + "map BAR0 irq msix eventfd }\n"
                + "assign \"" + ivshmem + "\" to agent { map BAR2 }\n");
        return file;
    }

    static DeployCliTest.Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--target", board.target().toString(), "--certs", board.certs.toString()));
        return DeployCliTest.cli(all.toArray(String[]::new));
    }

    static long read(AgentLink debugger, DeviceId device, int region, long offset, int width) throws IOException {
        return debugger.call(debugger.agent().read(new RegisterAccess(device, region, offset, width, 0))).value();
    }

    static void write(AgentLink debugger, DeviceId device, int region, long offset, int width, long value) throws IOException {
        debugger.call(debugger.agent().write(new RegisterAccess(device, region, offset, width, value)));
    }

    @Test
    @Order(1)
    void discoveryRecordsTheNvmesDiskAndTheE1000esInterfaceAndWhatRunsOnThem() throws Exception {
        long t0 = System.nanoTime();
        String kernelTree = Prepared.cache().resolve("vmboard/kernels") + "/$(uname -r)";
        guest("ip link set " + nic + " up && ip addr add 10.9.0.1/24 dev " + nic);
        guest("modprobe -d " + kernelTree + " ext4 && mkfs.ext4 -q -F " + disk + " && mount " + disk + " /mnt && echo lab > /mnt/hello");
        // the agent serves its inventory from a snapshot up to 2 s old: ask until it shows the mount (or 10 s pass)
        Board live = inventory();
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end
                && HostUsages.of(device(live, nvme)).stream().noneMatch(HostUse::inUse); live = inventory()) {
            Thread.sleep(500);
        }
        List<HostUse> disks = HostUsages.of(device(live, nvme));
        List<HostUse> nics = HostUsages.of(device(live, e1000e));
        log("discovery, " + nvme + " (nvme): " + disks);
        log("discovery, " + e1000e + " (e1000e): " + nics);
        assertTrue(disks.contains(new HostUse(HostUse.Kind.BLOCK, disk, "64 MiB disk", false)), disks.toString());
        assertTrue(disks.contains(new HostUse(HostUse.Kind.MOUNT, disk, "mounted on /mnt", true)), disks.toString());
        HostUse up = nics.stream().filter(u -> u.kind() == HostUse.Kind.INTERFACE).findFirst().orElseThrow();
        assertTrue(up.inUse() && up.detail().startsWith("up with ") && up.detail().contains("10.9.0.1/24") && up.detail().contains("10.9.0.0/24"),
                up.toString()); // the kernel's IPv6 link address may come first
        assertEquals(List.of(), HostUsages.of(device(live, ivshmem)), "nothing uses ivshmem");
        log("discovery took " + (System.nanoTime() - t0) / 1_000_000 + " ms (ip, mkfs, mount and an inventory)");
    }

    @Test
    @Order(2)
    void theMountedNvmeIsRefusedByPlanAndDeployAndNothingChanges() throws Exception {
        Path plain = config("lab.assign", false);
        DeployCliTest.Run plan = cli("plan", plain.toString());
        log("$ devassign plan lab.assign --target ... (exit " + plan.code() + ")\n" + plan.out() + plan.err());
        assertEquals(1, plan.code(), plan.out() + plan.err());
        assertTrue(plan.err().contains("device in use: device " + nvme + " holds " + disk + ", mounted on /mnt: giving it away fails those"
                + " reads and writes; unmount it first, or mark the assignment `force`"), plan.err());
        DeployCliTest.Run deploy = cli("deploy", plain.toString());
        log("$ devassign deploy lab.assign --target ... (exit " + deploy.code() + ")\n" + deploy.out() + deploy.err());
        assertEquals(1, deploy.code());
        assertTrue(deploy.err().contains("device in use"), deploy.err());
        assertEquals("nvme", board.driverOf(nvme));
        assertEquals("e1000e", board.driverOf(e1000e));
        assertEquals("lab", guest("cat /mnt/hello").out().trim(), "the mounted file system still reads");
    }

    @Test
    @Order(3)
    void withForceTheyAreDeployedAndTheirRegistersReadThroughTheAgent() throws Exception {
        Path forced = config("lab.assign", true); // the same file: two configs of one folder assigning the same devices would clash
        DeployCliTest.Run plan = cli("plan", forced.toString());
        log("$ devassign plan lab.assign (with force) --target ... (exit " + plan.code() + ")\n" + plan.out() + plan.err());
        assertEquals(0, plan.code(), plan.out() + plan.err());
        assertTrue(plan.out().contains("leaving nvme: " + disk + " (64 MiB disk)"), plan.out());
        assertTrue(plan.out().contains("leaving e1000e: interface " + nic), plan.out());
        assertTrue(plan.out().contains("in use now: it holds " + disk + ", mounted on /mnt"), plan.out());
        DeployCliTest.Run deploy = cli("deploy", forced.toString());
        log("$ devassign deploy lab.assign (with force) --target ... (exit " + deploy.code() + ")\n" + deploy.out() + deploy.err());
        assertEquals(0, deploy.code(), deploy.out() + deploy.err());
        assertEquals("vfio-pci", board.driverOf(nvme));
        assertEquals("vfio-pci", board.driverOf(e1000e));
        assertEquals("vfio-pci", board.driverOf(ivshmem));
        guest("umount -l /mnt"); // the file system lost its disk with force, as the refusal said it would

        Path shm = Path.of(board.status("ivshmem"));
        try (RandomAccessFile f = new RandomAccessFile(shm.toFile(), "rw")) {
            f.getChannel().write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, IVSHMEM_WORD), 0);
        }
        try (AgentLink debugger = link("debugger")) {
            long vs = read(debugger, nvme, 0, 0x8, 4);
            long status = read(debugger, e1000e, 0, STATUS, 4);
            long bar2 = read(debugger, ivshmem, 2, 0, 8);
            log(String.format("registers through the agent: NVMe VS = 0x%08x, e1000e STATUS = 0x%x, ivshmem BAR2[0] = 0x%016x (the host wrote"
                    + " 0x%016x into %s)", vs, status, bar2, IVSHMEM_WORD, shm.getFileName()));
            assertEquals(0x00010400L, vs, "NVMe 1.4");
            // 82574 STATUS: full duplex, link up, 1000 Mb/s, LAN init done (bits 0, 1, 7, 9); GIO master enable (bit 19) may be set too
            assertEquals(STATUS_UP_1000_FD, status & STATUS_UP_1000_FD, String.format("e1000e STATUS 0x%x", status));
            assertEquals(IVSHMEM_WORD, bar2, "ivshmem BAR2 is the host's file");
        }
    }

    static List<Long> vectors(AgentLink debugger, DeviceId device) throws IOException {
        IrqCounts counts = debugger.call(debugger.agent().watchIrqs(new WatchRequest(device, 0, 50)));
        List<Long> vectors = counts.vectors().get("2");
        assertNotNull(vectors, "MSI-X (index 2) of " + device + " has no per-vector counts: " + counts);
        assertEquals((long) counts.counts().get("2"), vectors.stream().mapToLong(Long::longValue).sum(), "the index's count is its vectors' sum: " + counts);
        return vectors;
    }

    /**
     * Each cause written to ICS (its bit set in IMS, its vector given by IVAR) raises its own vector and
     * no other queue's. The mask is set again before each cause (the lab board's e1000e clears a cause's
     * IMS bit when it sends its vector), and the cause cleared after it (ICR is write-1-to-clear), so a
     * cause left pending cannot fire again when the mask is set. RxQ1 and TxQ1 get no cause: their
     * vectors stay at 0.
     */
    @Test
    @Order(4)
    void theE1000esMsixInterruptsAreCountedPerVector() throws Exception {
        try (AgentLink debugger = link("debugger")) {
            long command = read(debugger, e1000e, 7, 0x4, 2);
            write(debugger, e1000e, 7, 0x4, 2, command | 0x6); // memory space and bus mastering: the device's MSI-X writes reach the host
            write(debugger, e1000e, 0, IVAR, 4, 0x000C_BA98L); // RxQ0 -> vector 0, RxQ1 -> 1, TxQ0 -> 2, TxQ1 -> 3, other -> 4, all valid
            write(debugger, e1000e, 0, EIAC, 4, QUEUES_AND_OTHER); // the cause clears itself when its vector is sent
            write(debugger, e1000e, 0, ICR, 4, 0xFFFF_FFFFL);
            int[][] steps = { { RXQ0, 0 }, { TXQ0, 2 }, { TXQ0, 2 } };
            List<Long> before = vectors(debugger, e1000e);
            log("e1000e MSI-X per vector before: " + before);
            for (int[] step : steps) {
                write(debugger, e1000e, 0, IMS, 4, QUEUES_AND_OTHER); // again each time: a vector sent masks its cause (seen on QEMU's e1000e)
                write(debugger, e1000e, 0, ICS, 4, step[0]);
                List<Long> after = before;
                for (int i = 0; i < 50 && after.get(step[1]) <= before.get(step[1]); i++) {
                    Thread.sleep(100);
                    after = vectors(debugger, e1000e);
                }
                write(debugger, e1000e, 0, ICR, 4, step[0]);
                log(String.format("ICS 0x%08x (vector %d): per vector %s", step[0], step[1], after));
                assertTrue(after.get(step[1]) > before.get(step[1]), "vector " + step[1] + " did not count: " + before + " -> " + after);
                before = after;
            }
            List<Long> vectors = vectors(debugger, e1000e);
            List<Long> nvmeVectors = vectors(debugger, nvme);
            log("e1000e MSI-X per vector (RxQ0 once, TxQ0 twice): " + vectors);
            log("NVMe MSI-X: " + nvmeVectors.size() + " vectors with an eventfd each, counts " + nvmeVectors);
            assertEquals(5, vectors.size(), "the e1000e offers 5 MSI-X vectors");
            assertEquals(0L, vectors.get(1), "RxQ1's vector: no cause was written for it: " + vectors);
            assertEquals(0L, vectors.get(3), "TxQ1's vector: no cause was written for it: " + vectors);
            assertEquals(65, nvmeVectors.size(), "the NVMe offers 65 MSI-X vectors");
            DeployCliTest.Run watch = cli("irq", "watch", e1000e.toString(), "--seconds", "0");
            log("$ devassign irq watch " + e1000e + " --seconds 0 --target ...\n" + watch.out());
            assertTrue(watch.out().contains("index 2, 5 vectors: #0=" + vectors.get(0) + " "), watch.out());
            assertTrue(watch.out().contains(" #2=" + vectors.get(2)), watch.out());
        }
    }

    @Test
    @Order(5)
    void rollbackGivesTheHostItsDiskAndInterfaceBack() throws Exception {
        DeployCliTest.Run rollback = cli("rollback");
        log("$ devassign rollback --target ... (exit " + rollback.code() + ")\n" + rollback.out() + rollback.err());
        assertEquals(0, rollback.code(), rollback.err());
        assertEquals("nvme", board.driverOf(nvme));
        assertEquals("e1000e", board.driverOf(e1000e));
        assertEquals(null, board.driverOf(ivshmem));
        List<HostUse> disks = List.of();
        List<HostUse> nics = List.of();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(500);
            Board live = inventory();
            disks = HostUsages.of(device(live, nvme)).stream().filter(u -> u.kind() == HostUse.Kind.BLOCK).toList();
            nics = HostUsages.of(device(live, e1000e)).stream().filter(u -> u.kind() == HostUse.Kind.INTERFACE).toList();
            if (!disks.isEmpty() && !nics.isEmpty()) {
                break;
            }
        }
        String sysfs = board.exec("sh", "-c", "ls /sys/bus/pci/devices/" + nvme + "/nvme/*/ /sys/bus/pci/devices/" + e1000e + "/net").out();
        log("after rollback the host has again: " + disks + " " + nics + "; sysfs: " + sysfs.replace("\n", " "));
        assertEquals(1, disks.size(), "the NVMe's disk is back: " + disks);
        assertEquals(1, nics.size(), "the e1000e's interface is back: " + nics);
    }
}

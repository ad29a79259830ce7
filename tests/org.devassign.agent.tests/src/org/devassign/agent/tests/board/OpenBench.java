package org.devassign.agent.tests.board;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.devassign.agent.AgentException;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.vfio.IrqEventfd;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;

/**
 * bench/agent's Java side, in the guest, one JVM:
 * {@code OpenBench open BDF ITERATIONS} times the open sequence of bench/agent/open-seq.c
 * (container to mmap to MSI set-up, then close) through the agent; {@code OpenBench bind ROUNDS
 * BDF...} times binding the devices to vfio-pci with DeviceBinder (and the restore). Prints
 * "first_us=... median_us=..." lines; the median is over the iterations after the first, which
 * include the JIT warm-up, so the warm figure is also given over the last half.
 */
public final class OpenBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("train")) {
            train();
        } else if (args[0].equals("open")) {
            open(args[1], Integer.parseInt(args[2]));
        } else {
            bind(Integer.parseInt(args[1]), Arrays.asList(args).subList(2, args.length));
        }
    }

    /**
     * The AOT cache's training run, on the host (no VFIO there): every libc binding once, and the
     * agent's classes loaded through the error paths of an open and a bind of a device that is absent.
     */
    private static void train() throws Exception {
        LibC.warmUp();
        try {
            new VfioOpener().open(DeviceId.parse("0000:ff:1f.7"), OpenPath.GROUP).close();
        } catch (AgentException expected) {
            // no such device on the host
        }
        try {
            new DeviceBinder(Path.of("/sys")).bind(List.of(DeviceId.parse("0000:ff:1f.7")), Vfio.PCI);
        } catch (AgentException expected) {
            // likewise
        }
        for (Class<?> c : List.of(OpenedDevice.class, IrqEventfd.class, org.devassign.agent.vfio.DmaBuffer.class,
                org.devassign.agent.vfio.RegionInfo.class, org.devassign.agent.vfio.IrqInfo.class,
                org.devassign.agent.vfio.DeviceInfo.class, SavedDriver.class)) {
            Class.forName(c.getName(), true, OpenBench.class.getClassLoader());
        }
        System.out.println("trained");
    }

    private static void open(String name, int n) throws Exception {
        DeviceId bdf = DeviceId.parse(name);
        DeviceBinder binder = new DeviceBinder(Path.of("/sys"));
        List<SavedDriver> saved = binder.bind(List.of(bdf), Vfio.PCI);
        VfioOpener opener = new VfioOpener();
        double[] t = new double[n];
        long id = 0;
        try {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                try (OpenedDevice d = opener.open(bdf, OpenPath.GROUP)) {
                    id = d.read(0, 0, 4);
                    IrqEventfd irq = d.enableIrq(VfioIoctls.PCI_MSI_IRQ_INDEX);
                    irq.close();
                }
                t[i] = (System.nanoTime() - t0) / 1e3;
            }
        } finally {
            binder.restore(saved);
        }
        print(t, String.format("id=0x%08x iterations=%d", id, n));
    }

    private static void bind(int rounds, List<String> devices) throws Exception {
        DeviceBinder binder = new DeviceBinder(Path.of("/sys"));
        double[] bind = new double[rounds];
        double[] restore = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            List<SavedDriver> saved = binder.bindExactly(devices.stream().map(DeviceId::parse).toList(), Vfio.PCI);
            long t1 = System.nanoTime();
            binder.restore(saved);
            bind[i] = (t1 - t0) / 1e3;
            restore[i] = (System.nanoTime() - t1) / 1e3;
        }
        print(bind, "devices=" + devices.size() + " rounds=" + rounds + " (bind)");
        print(restore, "devices=" + devices.size() + " rounds=" + rounds + " (restore)");
    }

    private static void print(double[] t, String what) {
        double first = t[0];
        double[] rest = Arrays.copyOfRange(t, 1, t.length);
        Arrays.sort(rest);
        double[] warm = Arrays.copyOfRange(t, t.length / 2, t.length);
        Arrays.sort(warm);
        List<String> parts = new ArrayList<>();
        parts.add(String.format("first_us=%.0f", first));
        parts.add(String.format("median_us=%.0f", rest.length == 0 ? first : rest[rest.length / 2]));
        parts.add(String.format("warm_median_us=%.0f", warm[warm.length / 2]));
        parts.add(what);
        System.out.println(String.join(" ", parts));
    }
}

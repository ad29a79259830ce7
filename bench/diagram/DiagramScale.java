import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.Board;
import org.devassign.model.PciDevice;
import org.devassign.model.RegionKind;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.TestBoards;
import org.devassign.ui.diagram.layout.DiagramLayout;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.DiagramBuilder;
import org.devassign.ui.diagram.render.DiagramExport;
import org.devassign.ui.diagram.render.DiagramPainter;
import org.devassign.ui.diagram.render.GcGraphics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The assignment diagram at 100, 1,000 and 5,000 devices (pairs of devices per IOMMU group, 8
 * consumers, a third of the groups assigned whole, a third by one device): parse + validate,
 * building the diagram, ELK layout, painting a 1280x800 screen of it (mean over every screen
 * that shows something: what a scroll or a repaint costs), painting every shape (no culling), SVG export. Baseline, same run: the
 * 100-device case; the ratios say how each phase grows with 10x and 50x the devices.
 */
public final class DiagramScale {

    static final int[] SIZES = { 100, 1_000, 5_000 };

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("devassign-bench-diagram");
        for (int n : SIZES) {
            // one folder per size: a config's checks load every other config of its folder
            write(Files.createDirectories(dir.resolve("n" + n)), n);
        }
        Display display = new Display();
        for (int i = 0; i < 3; i++) {
            run(display, dir, 100);
            run(display, dir, 1_000);
        }
        System.out.printf("%-7s %7s %6s %14s %8s %9s %14s %10s %8s %11s%n", "devices", "shapes", "links", "parse+validate", "build",
                "ELK layout", "paint a screen", "paint all", "SVG", "size (px)");
        Result[] results = new Result[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            Result best = null;
            for (int repeat = 0; repeat < 3; repeat++) {
                Result result = run(display, dir, SIZES[s]);
                best = best == null ? result : best.min(result);
            }
            results[s] = best;
            System.out.printf("%-7d %7d %6d %12.0fms %6.1fms %8.0fms %12.1fms %8.0fms %6.0fms %5.0fx%.0f%n", SIZES[s], best.shapes, best.links,
                    best.parse, best.build, best.layout, best.paintScreen, best.paintAll, best.svg, best.width, best.height);
        }
        Result base = results[0];
        for (int s = 1; s < SIZES.length; s++) {
            Result r = results[s];
            System.out.printf("%d vs 100 devices (x%d): parse+validate x%.1f, ELK layout x%.1f, paint screen x%.1f, paint all x%.1f, SVG x%.1f%n",
                    SIZES[s], SIZES[s] / 100, r.parse / base.parse, r.layout / base.layout, r.paintScreen / base.paintScreen,
                    r.paintAll / base.paintAll, r.svg / base.svg);
        }
        Result k = results[1];
        System.out.printf("1k devices: text change to new picture (parse+validate+build+layout) %.0f ms, of which ELK %.0f ms; a repaint %.1f ms%n",
                k.parse + k.build + k.layout, k.layout, k.paintScreen);
        display.dispose();
    }

    record Result(int shapes, int links, double parse, double build, double layout, double paintScreen, double paintAll, double svg,
            double width, double height) {
        Result min(Result o) {
            return new Result(shapes, links, Math.min(parse, o.parse), Math.min(build, o.build), Math.min(layout, o.layout),
                    Math.min(paintScreen, o.paintScreen), Math.min(paintAll, o.paintAll), Math.min(svg, o.svg), width, height);
        }
    }

    static Result run(Display display, Path dir, int n) throws Exception {
        Path file = dir.resolve("n" + n).resolve("scale" + n + ".assign");
        long[] t = new long[3];
        List<Issue> issues = new java.util.ArrayList<>();
        // a fresh workspace: the config, its board and its folder parsed from scratch, as when the diagram opens
        t[0] = System.nanoTime();
        Diagram diagram = ConfigWorkspace.create(AssignLanguage.injector()).read(file, parsed -> {
            issues.addAll(parsed.validate(CancelIndicator.NullImpl));
            t[1] = System.nanoTime();
            Diagram built = DiagramBuilder.build(parsed, issues);
            t[2] = System.nanoTime();
            return built;
        });
        long t0 = t[0];
        long t1 = t[1];
        long t2 = t[2];
        DiagramLayout.layout(diagram);
        long t3 = System.nanoTime();
        if (diagram.devices().size() != n || issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
            throw new IllegalStateException(diagram.devices().size() + " devices; errors: " + issues.stream().limit(3).toList());
        }
        Image image = new Image(display, 1280, 800);
        GC gc = new GC(image);
        double screen;
        double all;
        try {
            // every screen of the diagram in turn (what scrolling costs); the mean over the screens that show something
            double sum = 0;
            int screens = 0;
            long p0 = System.nanoTime();
            for (double oy = 0; oy < diagram.height; oy += 800) {
                for (double ox = 0; ox < diagram.width; ox += 1280) {
                    long s0 = System.nanoTime();
                    try (GcGraphics g = new GcGraphics(gc, ox, oy)) {
                        DiagramPainter.paint(g, diagram, ox, oy, 1280, 800);
                    }
                    if (showsSomething(diagram, ox, oy)) {
                        sum += System.nanoTime() - s0;
                        screens++;
                    }
                }
            }
            long p1 = System.nanoTime();
            try (GcGraphics g = new GcGraphics(gc, 0, 0)) {
                DiagramPainter.paintAll(g, diagram);
            }
            long p2 = System.nanoTime();
            screen = ms((long) (sum / Math.max(1, screens)));
            all = ms(p2 - p1);
        } finally {
            gc.dispose();
            image.dispose();
        }
        long s0 = System.nanoTime();
        int svgLength = DiagramExport.svg(diagram).length();
        long s1 = System.nanoTime();
        if (svgLength < n * 100) {
            throw new IllegalStateException("SVG too small: " + svgLength);
        }
        int shapes = diagram.devices().size() + diagram.groups.size() + diagram.consumers.size();
        return new Result(shapes, diagram.links.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), screen, all, ms(s1 - s0), diagram.width,
                diagram.height);
    }

    static boolean showsSomething(Diagram diagram, double x, double y) {
        return diagram.devices().stream().anyMatch(d -> d.intersects(x, y, 1280, 800))
                || diagram.consumers.stream().anyMatch(c -> c.intersects(x, y, 1280, 800));
    }

    static void write(Path dir, int n) throws Exception {
        Board board = TestBoards.board("scale" + n);
        StringBuilder config = new StringBuilder("config scale" + n + " for \"scale" + n + ".board\"\n");
        for (int c = 0; c < 8; c++) {
            config.append(c % 2 == 0 ? "userspace drv" : "vm guest").append(c).append(" { memlock 64 GiB }\n");
        }
        for (int g = 0; g < n / 2; g++) {
            PciDevice a = device(board, 2 * g);
            PciDevice b = device(board, 2 * g + 1);
            TestBoards.group(board, g, a, b);
            String consumer = (g % 8 % 2 == 0 ? "drv" : "guest") + (g % 8);
            if (g % 3 == 0) {
                config.append("assign group ").append(g).append(" to ").append(consumer).append(" {\n\tmap d").append(2 * g).append(".BAR0\n}\n");
            } else if (g % 3 == 1) {
                config.append("assign d").append(2 * g).append(" to ").append(consumer).append(" {\n\tmap BAR0\n\tirq intx eventfd\n}\n");
            }
        }
        BoardFiles.save(board, dir.resolve("scale" + n + ".board"));
        Files.writeString(dir.resolve("scale" + n + ".assign"), config);
    }

    static PciDevice device(Board board, int i) {
        String address = String.format("%04x:%02x:%02x.%x", i >> 13, (i >> 5) & 0xff, i & 0x1f, 0);
        PciDevice device = TestBoards.pci(board, "d" + i, address, 0x100000000L + ((long) i << 16));
        device.getRegions().add(TestBoards.region(2, "BAR2", RegionKind.MMIO, 0x200000000L + ((long) i << 12), 256, false));
        return device;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}

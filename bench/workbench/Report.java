import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the probe's result files of both workbenches (RESULTS/baseline-*.txt, RESULTS/current-*.txt; their logs and recordings beside them are not read)
 * and prints the table: start to a usable window, Open the Example Project (and the longest the window
 * did not answer meanwhile), keystroke to screen (median, p95), and a key to its marker appearing and, apart, to
 * its going (medians) on the example, 1,000 and 5,000 devices; each against the baseline, with the goals.
 */
public final class Report {

    record Figure(String name, String goal, List<Double> baseline, List<Double> current, boolean p95) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, List<Double>> baseline = read(dir, "baseline-");
        Map<String, List<Double>> current = read(dir, "current-");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("start to a usable window", "< 4 s idle", baseline.get("startMs"), current.get("startMs"), false));
        figures.add(new Figure("  CPU meanwhile, all threads", "", baseline.get("startCpuMs"), current.get("startCpuMs"), false));
        figures.add(new Figure("  CPU meanwhile, UI thread", "", baseline.get("startUiCpuMs"), current.get("startUiCpuMs"), false));
        figures.add(new Figure("start again (the first's caches kept)", "", baseline.get("warmStartMs"), current.get("warmStartMs"), false));
        figures.add(new Figure("  CPU meanwhile, all threads", "", baseline.get("warmStartCpuMs"), current.get("warmStartCpuMs"), false));
        figures.add(new Figure("  CPU meanwhile, UI thread", "", baseline.get("warmStartUiCpuMs"), current.get("warmStartUiCpuMs"), false));
        figures.add(new Figure("Open the Example Project", "< 1 s", baseline.get("openExampleMs"), current.get("openExampleMs"), false));
        figures.add(new Figure("  longest UI freeze meanwhile", "", baseline.get("openExampleLongestStallMs"),
                current.get("openExampleLongestStallMs"), false));
        for (String[] size : new String[][] { { "example", "example (vm-q35)" }, { "scale1000", "1,000 devices" },
                { "scale5000", "5,000 devices" } }) {
            figures.add(new Figure("keystroke to screen, " + size[1] + ", median", "", baseline.get(size[0] + ".keystrokes"),
                    current.get(size[0] + ".keystrokes"), false));
            figures.add(new Figure("keystroke to screen, " + size[1] + ", p95", "< 50 ms", baseline.get(size[0] + ".keystrokes"),
                    current.get(size[0] + ".keystrokes"), true));
            String goal = size[0].equals("example") ? "< 500 ms" : size[0].equals("scale5000") ? "< 2 s" : "";
            // apart: a marker made and a marker deleted take different paths, and a median over both hides a change of either
            figures.add(new Figure("key to its marker appearing, " + size[1], goal, markers(baseline, size[0], true),
                    markers(current, size[0], true), false));
            figures.add(new Figure("key to its marker going, " + size[1], goal, markers(baseline, size[0], false),
                    markers(current, size[0], false), false));
        }
        System.out.printf(Locale.ROOT, "%-44s %20s %20s %7s  %s%n", "figure (ms; median, or p95 where named)", "baseline",
                "now", "ratio", "goal");
        System.out.printf(Locale.ROOT, "%-44s %20s %20s%n", "", "min/median/p95 (n)", "min/median/p95 (n)");
        for (Figure f : figures) {
            double b = stat(f.baseline(), f.p95());
            double c = stat(f.current(), f.p95());
            System.out.printf(Locale.ROOT, "%-44s %20s %20s %7s  %s%n", f.name(), spread(f.baseline()), spread(f.current()),
                    Double.isNaN(b) || Double.isNaN(c) || b == 0 ? "-" : String.format(Locale.ROOT, "x%.2f", c / b), f.goal());
        }
        for (String outcome : List.of("baseline-", "current-")) {
            for (Path file : files(dir, outcome)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("outcome=") && !line.equals("outcome=ok")) {
                        System.out.println(file.getFileName() + ": " + line);
                    }
                }
            }
        }
    }

    /**
     * The times from a key to its marker appearing (or going). Result files of the probe before the two were written
     * apart have one list, "markers", alternating appear and go: those are split here.
     */
    static List<Double> markers(Map<String, List<Double>> values, String size, boolean appear) {
        List<Double> apart = values.get(size + (appear ? ".markerAppears" : ".markerGoes"));
        if (apart != null) {
            return apart;
        }
        List<Double> alternating = values.get(size + ".markers");
        if (alternating == null) {
            return null;
        }
        List<Double> split = new ArrayList<>();
        for (int i = appear ? 0 : 1; i < alternating.size(); i += 2) {
            split.add(alternating.get(i));
        }
        return split;
    }

    /** min/median/p95 (n): every run's figure, not only the one the ratio compares. */
    static String spread(List<Double> samples) {
        if (samples == null || samples.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f/%.0f/%.0f (%d)", Collections.min(samples), stat(samples, false), stat(samples, true),
                samples.size());
    }

    static double stat(List<Double> samples, boolean p95) {
        if (samples == null || samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil((p95 ? 95 : 50) / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static List<Path> files(Path dir, String prefix) throws Exception {
        try (var stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".txt")).sorted()
                    .toList();
        }
    }

    /** key=value lines; a value "[1.0, 2.0]" is a list of samples; the same key over several files pools its samples. */
    static Map<String, List<Double>> read(Path dir, String prefix) throws Exception {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (Path file : files(dir, prefix)) {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1).strip();
                List<Double> samples = values.computeIfAbsent(key, k -> new ArrayList<>());
                try {
                    if (value.startsWith("[")) {
                        for (String part : value.substring(1, value.length() - 1).split(",")) {
                            if (!part.isBlank()) {
                                samples.add(Double.parseDouble(part.strip()));
                            }
                        }
                    } else {
                        samples.add(Double.parseDouble(value));
                    }
                } catch (NumberFormatException notANumber) {
                    values.remove(key);
                }
            }
        }
        return values;
    }
}

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.dsl.workspace.Checked;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Overlay;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * A reconcile of the .assign editor, measured: examples/vm-q35.assign with a one-character change
 * (a space at its end, there or not in turns), parsed, linked and validated with its board and the
 * other configs of examples/. Now: the workbench's way, the text set as the config workspace's
 * overlay and checked there. Baseline, same run: what the editor did per reconcile, hover, assist
 * and hyperlink before, a new resource set with the text, every sibling config read from disk and
 * the board loaded again. Median and p90 of 20 runs each after a warm-up.
 */
public final class ReconcileBench {

    static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Injector injector = new AssignIdeSetup().createInjectorAndDoEMFRegistration();
        Path file = Path.of("examples/vm-q35.assign").toAbsolutePath().normalize();
        String text = Files.readString(file);
        ConfigWorkspace workspace = ConfigWorkspace.create(injector);
        Overlay editor = workspace.overlay(file);
        for (int i = 0; i < 30; i++) { // warm-up: the JIT sees both ways first
            before(injector, file, edited(text, i));
            after(workspace, editor, edited(text, i));
        }
        double[] before = new double[RUNS];
        double[] after = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int problemsBefore = before(injector, file, edited(text, i));
            long t1 = System.nanoTime();
            int problemsAfter = after(workspace, editor, edited(text, i));
            long t2 = System.nanoTime();
            if (problemsBefore != 0 || problemsAfter != 0) {
                throw new IllegalStateException("the example has problems: " + problemsBefore + " / " + problemsAfter);
            }
            before[i] = (t1 - t0) / 1e6;
            after[i] = (t2 - t1) / 1e6;
        }
        editor.close();
        System.out.printf("reconcile of examples/vm-q35.assign after a one-character change, %d runs:%n", RUNS);
        System.out.printf("  baseline, a new resource set per request (siblings and board from disk): median %6.2f ms, p90 %6.2f ms%n",
                median(before), p90(before));
        System.out.printf("  config workspace (overlay, folder kept):                                 median %6.2f ms, p90 %6.2f ms%n",
                median(after), p90(after));
        System.out.printf("  ratio of medians: x%.1f faster%n", median(before) / median(after));
        System.out.printf("  workspace: %s%n", workspace.stats());
    }

    static String edited(String text, int i) {
        return i % 2 == 0 ? text + " " : text;
    }

    /** The way the editor reconciled before the config workspace (ParsedConfig.parse, then validate). */
    static int before(Injector injector, Path file, String text) throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        BoardFiles.configure(resourceSet);
        resourceSet.getLoadOptions().putAll(BoardFiles.loadOptions());
        XtextResource resource = load(injector, resourceSet, file, text);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path sibling : files.filter(f -> f.toString().endsWith(".assign") && !f.equals(file)).sorted().toList()) {
                load(injector, resourceSet, sibling, Files.readString(sibling));
            }
        }
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
        return issues.size();
    }

    static XtextResource load(Injector injector, XtextResourceSet resourceSet, Path file, String text) throws Exception {
        XtextResource resource = injector.getInstance(XtextResource.class);
        resource.setURI(URI.createFileURI(file.toString()));
        resourceSet.getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        return resource;
    }

    /** The editor's reconcile now: the text as the file's overlay, checked in the shared workspace. */
    static int after(ConfigWorkspace workspace, Overlay editor, String text) {
        editor.set(text);
        Checked checked = workspace.check(editor.file(), CancelIndicator.NullImpl);
        if (!checked.text().equals(text)) {
            throw new IllegalStateException("checked another text");
        }
        return checked.issues().size();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }
}

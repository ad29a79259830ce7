package org.devassign.dsl.ui;

import java.io.StringReader;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.parser.IParser;

/**
 * Builds the language's injector and the config workspace in a low-priority job once the window is
 * up, so that the first .assign editor (the example project) does not wait a second or more for Guice
 * and the parser's classes. The job waits for the UI thread to come round to it and then a moment
 * more: started with the window, it took the CPU (and the class loaders) the window's first layout
 * and paint were waiting for. Nothing on the UI thread needs it: whatever reads configs there
 * (outline, diagram, checks) reads them in jobs.
 */
public class WarmUp implements IStartup {

    static final int DELAY_MS = 1_000;

    @Override
    public void earlyStartup() {
        Job job = Job.create("Preparing the config language", monitor -> {
            if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
                return Status.CANCEL_STATUS; // closing (a -screenshot run): its bundles are stopping
            }
            try {
                var workspace = WorkbenchConfigs.get();
                workspace.injector().getInstance(IParser.class).parse(new StringReader("config warm"));
            } catch (RuntimeException | LinkageError e) {
                ILog.of(WarmUp.class).warn("cannot prepare the config language ahead of the first editor", e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || display.isDisposed()) {
            job.schedule(DELAY_MS);
            return;
        }
        // the UI thread runs this once it has done what was queued before it (the window's first layout and paint)
        display.asyncExec(() -> display.timerExec(DELAY_MS, () -> job.schedule()));
    }
}

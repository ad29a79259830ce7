package org.devassign.dsl.ui;

import java.io.StringReader;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.xtext.parser.IParser;

/**
 * Builds the language's injector and the config workspace in a low-priority job a moment after the
 * window is up, so that the first .assign editor (the example project) does not wait a second or
 * more for Guice and the parser's classes. Nothing here touches the UI.
 */
public class WarmUp implements IStartup {

    static final long DELAY_MS = 1_000;

    @Override
    public void earlyStartup() {
        Job job = Job.create("Preparing the config language", monitor -> {
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
        job.schedule(DELAY_MS);
    }
}

package org.devassign.ui.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Sends what the headless bundles report through {@link System.Logger} (they must not depend on
 * Eclipse's runtime) to the platform log, and so to the Error Log view, instead of the console: in
 * the workbench nobody reads System.err. The JDK's System.Logger writes to java.util.logging by
 * default; this handler takes over the {@code org.devassign} loggers.
 */
public final class PlatformLogBridge extends Handler {

    static final String ROOT = "org.devassign";
    /** java.util.logging keeps loggers weakly: hold the one configured here. */
    private static Logger configured;

    private PlatformLogBridge() {
        setLevel(Level.WARNING);
    }

    /** Installs the bridge once (idempotent). */
    public static synchronized void install() {
        if (configured != null) {
            return;
        }
        configured = Logger.getLogger(ROOT);
        configured.addHandler(new PlatformLogBridge());
        configured.setUseParentHandlers(false);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
        String message = record.getMessage() == null ? "(no message)" : new SimpleFormatter().formatMessage(record);
        String plugin = record.getLoggerName() == null ? ROOT : record.getLoggerName();
        ILog.of(PlatformLogBridge.class).log(new Status(severity, plugin, message, record.getThrown()));
    }

    @Override
    public void flush() {
        // the platform log writes each entry as it comes
    }

    @Override
    public void close() {
        // nothing held
    }
}

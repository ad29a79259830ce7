package org.devassign.ui.deploy.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.WatchRequest;
import org.devassign.deploy.AgentLink;
import org.devassign.model.Interrupt;
import org.devassign.ui.viewers.TextColumns;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Live interrupt counts per IRQ index (and per vector of an MSI or MSI-X index) of a device the agent holds open, streamed by the agent's
 * {@code watchIrqs} notifications (twice a second) while the watch runs.
 */
public class InterruptsView extends ViewPart {

    public static final String ID = "org.devassign.ui.deploy.interrupts";
    static final long WATCH_MILLIS = 10_000;
    static final long INTERVAL_MILLIS = 500;

    /** One row: an IRQ index, its model name, the count and how much it grew since the previous notification. */
    record Row(String index, String name, long count, long delta) {
    }

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> deltas = new ConcurrentHashMap<>();
    private final DebugLink link = new DebugLink(this::onCounts);
    private LiveDeviceChooser chooser;
    private Button watch;
    private Label status;
    private TableViewer viewer;
    private volatile LiveDevice device;
    private Job watchJob;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        chooser = new LiveDeviceChooser(top, this::selectDevice, this::noDevice);
        watch = new Button(top, SWT.TOGGLE);
        watch.setText("&Watch");
        watch.addListener(SWT.Selection, e -> setWatching(watch.getSelection()));
        status = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns.add(viewer, "IRQ index", 80, Row.class, Row::index);
        TextColumns.add(viewer, "Interrupt", 300, Row.class, Row::name);
        TextColumns.add(viewer, "Count", 100, Row.class, r -> String.valueOf(r.count()));
        TextColumns.add(viewer, "Last change", 100, Row.class, r -> r.delta() == 0 ? "" : "+" + r.delta());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        chooser.refresh();
    }


    private void noDevice() {
        setWatching(false);
        device = null;
        viewer.setInput(List.of());
        status.setText("Deploy a config with a device the agent opens to watch its interrupts.");
    }

    private void selectDevice(LiveDevice chosen) {
        boolean watching = watchJob != null;
        setWatching(false);
        device = chosen;
        counts.clear();
        deltas.clear();
        updateRows();
        if (watching) {
            setWatching(true);
        }
    }

    /** Shows {@code deviceName} (sysfs or model name) of {@code target} and starts watching. */
    public void show(String target, String deviceName) {
        chooser.choose(target, deviceName);
        setWatching(true);
    }

    private void onCounts(IrqCounts c) {
        LiveDevice d = device;
        if (d == null || !d.device().equals(c.device())) {
            return;
        }
        c.counts().forEach((index, count) -> {
            Long before = counts.put(index, count);
            deltas.put(index, before == null ? 0 : count - before);
        });
        if (c.vectors() != null) { // an MSI or MSI-X index with several vectors: a row per vector, keyed "index.vector"
            c.vectors().forEach((index, perVector) -> {
                for (int v = 0; perVector.size() > 1 && v < perVector.size(); v++) {
                    Long before = counts.put(index + "." + v, perVector.get(v));
                    deltas.put(index + "." + v, before == null ? 0 : perVector.get(v) - before);
                }
            });
        }
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::updateRows);
        }
    }

    private void updateRows() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        LiveDevice d = device;
        List<Row> rows = new ArrayList<>();
        if (d != null) {
            for (Interrupt irq : d.model().getInterrupts()) {
                String index = String.valueOf(irq.getIndex());
                rows.add(new Row(index, describe(irq), counts.getOrDefault(index, 0L), deltas.getOrDefault(index, 0L)));
                for (int v = 0; counts.containsKey(index + "." + v); v++) {
                    rows.add(new Row(index + "." + v, "vector " + v, counts.get(index + "." + v), deltas.getOrDefault(index + "." + v, 0L)));
                }
            }
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (rows.stream().noneMatch(r -> r.index().equals(e.getKey())) && !e.getKey().contains(".")) {
                    rows.add(new Row(e.getKey(), "(not in the board model)", e.getValue(), deltas.getOrDefault(e.getKey(), 0L)));
                }
            }
        }
        viewer.setInput(rows);
    }

    /** "INTx, 1 vector, level" : the kind as the kernel names it, the vectors, the trigger. */
    static String describe(Interrupt irq) {
        String kind = switch (irq.getKind().getLiteral()) {
            case "intx" -> "INTx";
            case "msi" -> "MSI";
            case "msix" -> "MSI-X";
            case "err" -> "error";
            case "req" -> "device request";
            default -> irq.getKind().getLiteral();
        };
        return kind + ", " + irq.getCount() + (irq.getCount() == 1 ? " vector" : " vectors")
                + (irq.getTrigger() == null ? "" : ", " + irq.getTrigger().getLiteral());
    }

    /** Starts or stops streaming counts from the agent. */
    public void setWatching(boolean on) {
        if (!watch.isDisposed()) {
            watch.setSelection(on);
        }
        if (watchJob != null) {
            watchJob.cancel();
            watchJob = null;
        }
        LiveDevice d = device;
        if (!on || d == null) {
            return;
        }
        watchJob = new Job("Watch interrupts of " + d.label()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                while (!monitor.isCanceled()) {
                    try {
                        AgentLink l = link.to(d.target());
                        status("watching " + d.label() + " (counts every " + INTERVAL_MILLIS + " ms)");
                        onCounts(l.call(l.agent().watchIrqs(new WatchRequest(d.device(), WATCH_MILLIS, INTERVAL_MILLIS))));
                    } catch (IOException e) {
                        link.failed();
                        status(e.getMessage());
                        return Status.OK_STATUS;
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                link.close(); // ends the watch call at once
            }
        };
        watchJob.setSystem(true);
        watchJob.schedule();
    }

    private void status(String text) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(text);
                    status.getParent().layout();
                }
            });
        }
    }

    /** The last count of IRQ index {@code index} ("0" = INTx on PCI), 0 before any notification. */
    public long count(String index) {
        return counts.getOrDefault(index, 0L);
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        setWatching(false);
        link.close();
        super.dispose();
    }
}

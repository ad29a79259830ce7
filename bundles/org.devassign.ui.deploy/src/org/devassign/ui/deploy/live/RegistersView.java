package org.devassign.ui.deploy.live;

import java.io.IOException;
import java.util.List;

import org.devassign.agent.api.RegisterValue;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.DeployErrors;
import org.devassign.model.Region;
import org.devassign.model.naming.Labels;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The registers of one region of a device the agent holds open: read on demand or every second,
 * write a value at an offset, the board model's register names, access and fields. Reads go
 * through the agent (debugger role), never around it.
 */
public class RegistersView extends ViewPart {

    public static final String ID = "org.devassign.ui.deploy.registers";
    static final int REFRESH_MILLIS = 1000;

    private final DebugLink link = new DebugLink(c -> {
    });
    private LiveDeviceChooser chooser;
    private Combo regionCombo;
    private Button autoRefresh;
    private Label status;
    private TableViewer viewer;
    private Text offsetText;
    private Combo widthCombo;
    private Text valueText;
    private LiveDevice device;
    private Region region;
    private volatile List<RegisterRow> rows = List.of();
    private Job autoJob;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        chooser = new LiveDeviceChooser(top, this::selectDevice, this::noDevice);
        new Label(top, SWT.NONE).setText("Region:");
        regionCombo = new Combo(top, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(regionCombo);
        regionCombo.addListener(SWT.Selection, e -> selectRegion(regionCombo.getSelectionIndex()));
        Button read = new Button(top, SWT.PUSH);
        read.setText("&Read");
        read.addListener(SWT.Selection, e -> refresh());
        autoRefresh = new Button(top, SWT.CHECK);
        autoRefresh.setText("&Auto refresh (1 s)");
        autoRefresh.addListener(SWT.Selection, e -> setAutoRefresh(autoRefresh.getSelection()));

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns.add(viewer, "Register", 120, RegisterRow.class, r -> r.name);
        TextColumns.add(viewer, "Offset", 70, RegisterRow.class, r -> "0x" + Long.toHexString(r.offset));
        TextColumns.add(viewer, "Width", 55, RegisterRow.class, r -> r.width * 8 + "-bit");
        TextColumns.add(viewer, "Access", 65, RegisterRow.class, r -> r.access.getLiteral());
        TextColumns.add(viewer, "Value", 175, RegisterRow.class, RegisterRow::valueText);
        TextColumns.add(viewer, "Fields", 270, RegisterRow.class, RegisterRow::fieldsText);
        TextColumns.add(viewer, "Description", 360, RegisterRow.class, r -> r.description == null ? "" : r.description);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof RegisterRow r) {
                offsetText.setText("0x" + Long.toHexString(r.offset));
                widthCombo.select(List.of(1, 2, 4, 8).indexOf(r.width));
            }
        });

        Composite bottom = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bottom);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
        new Label(bottom, SWT.NONE).setText("Offset:");
        offsetText = new Text(bottom, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(offsetText);
        new Label(bottom, SWT.NONE).setText("Width:");
        widthCombo = new Combo(bottom, SWT.READ_ONLY);
        widthCombo.setItems("8-bit", "16-bit", "32-bit", "64-bit");
        widthCombo.select(2);
        new Label(bottom, SWT.NONE).setText("Value:");
        valueText = new Text(bottom, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(valueText);
        Button write = new Button(bottom, SWT.PUSH);
        write.setText("&Write");
        write.addListener(SWT.Selection, e -> writeFromFields());
        status = new Label(bottom, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        chooser.refresh();
    }


    private void noDevice() {
        device = null;
        region = null;
        rows = List.of();
        viewer.setInput(rows);
        status.setText("Deploy a config with a device the agent opens (a probe or user-space consumer) to see its registers.");
    }

    private void selectDevice(LiveDevice chosen) {
        device = chosen;
        List<Region> regions = device.model().getRegions().stream().filter(r -> r.getSize() > 0 && r.isReadable()).toList();
        regionCombo.setItems(regions.stream().map(r -> (r.getName() == null ? "#" + r.getIndex() : r.getName()) + " (index " + r.getIndex()
                + ", " + Labels.size(r.getSize()) + ")").toArray(String[]::new));
        regionCombo.setData(regions);
        if (!regions.isEmpty()) {
            regionCombo.select(0);
            selectRegion(0);
        }
    }

    @SuppressWarnings("unchecked")
    private void selectRegion(int index) {
        List<Region> regions = (List<Region>) regionCombo.getData();
        if (regions == null || index < 0 || index >= regions.size()) {
            return;
        }
        region = regions.get(index);
        rows = RegisterRow.of(region);
        viewer.setInput(rows);
        refresh();
    }

    /** Shows {@code device} (sysfs or model name) of {@code target}'s deployment, region {@code regionIndex}, and reads it. */
    public Job show(String target, String deviceName, int regionIndex) {
        chooser.choose(target, deviceName);
        @SuppressWarnings("unchecked")
        List<Region> regions = (List<Region>) regionCombo.getData();
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).getIndex() == regionIndex) {
                regionCombo.select(i);
                region = regions.get(i);
                rows = RegisterRow.of(region);
                viewer.setInput(rows);
            }
        }
        return refresh();
    }

    /** Reads every readable register of the region in a job; the table updates when it is done. */
    public Job refresh() {
        LiveDevice d = device;
        Region r = region;
        List<RegisterRow> current = rows;
        if (d == null || r == null) {
            return null;
        }
        Job job = Job.create("Read registers of " + Labels.of(r), (IProgressMonitor monitor) -> {
            String failure = null;
            for (RegisterRow row : current) {
                if (!row.readable()) {
                    continue;
                }
                try {
                    RegisterValue v = link.to(d.target()).call(link.to(d.target()).agent().read(
                            new org.devassign.agent.api.RegisterAccess(d.device(), r.getIndex(), row.offset, row.width, 0)));
                    row.value = v.value();
                    row.error = null;
                    updateLater(row); // row by row: on a slow link the first registers show at once
                } catch (AgentFailure e) {
                    row.error = e.getMessage();
                    updateLater(row);
                    failure = DeployErrors.explain(e, null);
                } catch (IOException e) {
                    link.failed();
                    failure = e.getMessage();
                    break;
                }
            }
            String message = failure;
            showLater(message == null ? "read " + (r.getName() == null ? "region " + r.getIndex() : r.getName()) + " of " + d.label() + " at " + java.time.LocalTime.now().withNano(0)
                    : message);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void updateLater(RegisterRow row) {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.update(row, null);
                }
            });
        }
    }

    private void showLater(String message) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                status.setText(message);
                status.getParent().layout();
            }
        });
    }

    private void writeFromFields() {
        try {
            long offset = Long.decode(offsetText.getText().strip());
            int width = List.of(1, 2, 4, 8).get(Math.max(0, widthCombo.getSelectionIndex()));
            long value = Long.decode(valueText.getText().strip());
            write(offset, width, value);
        } catch (NumberFormatException e) {
            status.setText("offset and value are numbers (0x... for hex)");
        }
    }

    /** Writes {@code value} at {@code offset} of the shown region in a job, then reads the region again. */
    public Job write(long offset, int width, long value) {
        LiveDevice d = device;
        Region r = region;
        if (d == null || r == null) {
            return null;
        }
        Job job = Job.create("Write register of " + Labels.of(r), (IProgressMonitor monitor) -> {
            try {
                link.to(d.target()).call(link.to(d.target()).agent().write(
                        new org.devassign.agent.api.RegisterAccess(d.device(), r.getIndex(), offset, width, value)));
            } catch (AgentFailure e) {
                showLater(DeployErrors.explain(e, null));
                return Status.OK_STATUS;
            } catch (IOException e) {
                link.failed();
                showLater(e.getMessage());
                return Status.OK_STATUS;
            }
            if (!viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        refresh();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Reads the region every second while on. */
    public void setAutoRefresh(boolean on) {
        if (!autoRefresh.isDisposed()) {
            autoRefresh.setSelection(on);
        }
        if (autoJob != null) {
            autoJob.cancel();
            autoJob = null;
        }
        if (on) {
            autoJob = new Job("Auto refresh registers") {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    Job read = refreshFromJob();
                    if (read != null) {
                        try {
                            read.join();
                        } catch (InterruptedException e) {
                            return Status.CANCEL_STATUS;
                        }
                    }
                    if (!monitor.isCanceled()) {
                        schedule(REFRESH_MILLIS);
                    }
                    return Status.OK_STATUS;
                }
            };
            autoJob.setSystem(true);
            autoJob.schedule();
        }
    }

    private Job refreshFromJob() {
        Job[] job = new Job[1];
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().syncExec(() -> job[0] = refresh());
        }
        return job[0];
    }

    /** The last value read of the named register (null when not read yet). */
    public Long value(String register) {
        return rows.stream().filter(r -> r.name.equals(register)).map(RegisterRow::value).findFirst().orElse(null);
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
        setAutoRefresh(false);
        link.close();
        super.dispose();
    }
}

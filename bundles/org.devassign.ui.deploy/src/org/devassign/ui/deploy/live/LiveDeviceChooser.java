package org.devassign.ui.deploy.live;

import java.util.List;
import java.util.function.Consumer;

import org.devassign.ui.deploy.deploy.Deployed;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The "Device:" choice of the live views: the devices the agent holds open after this workbench's
 * deploys ({@link LiveDevice#all()}), kept current as deployments come and go. The choice stays on
 * the same device across a refresh; when that device is gone the first one is chosen, and when none
 * is left the view is told so. UI thread only.
 */
final class LiveDeviceChooser {

    private final Combo combo;
    private final Consumer<LiveDevice> chosen;
    private final Runnable none;
    private final Runnable deployedListener = this::refreshLater;
    private List<LiveDevice> devices = List.of();
    private LiveDevice current;

    /** Adds the label and the combo to {@code parent}; call {@link #refresh()} once the view can take a choice. */
    LiveDeviceChooser(Composite parent, Consumer<LiveDevice> chosen, Runnable none) {
        this.chosen = chosen;
        this.none = none;
        new Label(parent, SWT.NONE).setText("Device:");
        combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> choose(combo.getSelectionIndex()));
        Deployed.get().addListener(deployedListener);
        combo.addListener(SWT.Dispose, e -> Deployed.get().removeListener(deployedListener));
    }

    /** Reads the open devices again and keeps, or moves, the choice. */
    void refresh() {
        devices = LiveDevice.all();
        combo.setItems(devices.stream().map(LiveDevice::label).toArray(String[]::new));
        int keep = current == null ? -1 : devices.indexOf(current);
        if (keep < 0 && !devices.isEmpty()) {
            keep = 0;
        }
        if (keep >= 0) {
            combo.select(keep);
            if (!devices.get(keep).equals(current)) {
                choose(keep);
            }
        } else {
            current = null;
            none.run();
        }
    }

    /** Chooses {@code deviceName} (sysfs or model name) of {@code target}'s deployment. */
    void choose(String target, String deviceName) {
        refresh();
        LiveDevice wanted = LiveDevice.find(target, deviceName);
        if (wanted == null) {
            throw new IllegalArgumentException(deviceName + " is not open on " + target + " (deployed and opened by the agent)");
        }
        int index = devices.indexOf(wanted);
        combo.select(index);
        choose(index);
    }

    private void choose(int index) {
        if (index < 0 || index >= devices.size()) {
            return;
        }
        current = devices.get(index);
        chosen.accept(current);
    }

    private void refreshLater() {
        if (!combo.isDisposed()) {
            combo.getDisplay().asyncExec(() -> {
                if (!combo.isDisposed()) {
                    refresh();
                }
            });
        }
    }
}

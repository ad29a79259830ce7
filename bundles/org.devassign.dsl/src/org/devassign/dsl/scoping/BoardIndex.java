package org.devassign.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.PlatformDevice;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * A board's devices under every name a config may use (model name, sysfs name such as a PCI
 * address, device-tree path) and its groups by number, as hash maps: linking 50,000 assignments
 * must not search the board 50,000 times. Built on first use and dropped when the board's lists change.
 */
public final class BoardIndex {

    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, IommuGroup> groups = new LinkedHashMap<>();
    private final Board board;

    private BoardIndex(Board board) {
        this.board = board;
        for (Device device : board.getDevices()) {
            add(device, device.getName());
        }
        for (Device device : board.getDevices()) {
            add(device, device.getSysfsName());
            if (device instanceof PlatformDevice platform) {
                add(device, platform.getDtPath());
            }
        }
        for (IommuGroup group : board.getIommuGroups()) {
            groups.putIfAbsent(Integer.toString(group.getId()), group);
        }
    }

    /** The index of the board, cached on it until its device or group lists change. */
    public static BoardIndex of(Board board) {
        for (Adapter adapter : board.eAdapters()) {
            if (adapter instanceof Cache cache) {
                if (cache.index == null) {
                    cache.index = new BoardIndex(board);
                }
                return cache.index;
            }
        }
        Cache cache = new Cache();
        board.eAdapters().add(cache);
        cache.index = new BoardIndex(board);
        return cache.index;
    }

    private void add(Device device, String name) {
        if (name != null && !name.isEmpty()) {
            devices.putIfAbsent(name, device);
        }
    }

    public Device device(String name) {
        return devices.get(name);
    }

    public IommuGroup group(String id) {
        return groups.get(id);
    }

    public Map<String, Device> devices() {
        return devices;
    }

    public Map<String, IommuGroup> groups() {
        return groups;
    }

    /**
     * The names of a device of the board in the order shown to people, model name first (a name another
     * device claimed first included); none for a device of another board. Read from the device when
     * asked (serializing, completion), not kept for each of 50,000 devices.
     */
    public List<String> namesOf(Device device) {
        if (device.eContainer() != board) {
            return List.of();
        }
        List<String> names = new ArrayList<>(3);
        for (String name : new String[] { device.getName(), device.getSysfsName(),
                device instanceof PlatformDevice platform ? platform.getDtPath() : null }) {
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Drops the index when the board's device or group lists change. Only the board is watched (an
     * adapter on each of 50,000 devices would cost more than the index saves); a renamed device is
     * seen when the file is read again, which is how boards change.
     */
    private static final class Cache extends AdapterImpl {
        private BoardIndex index;

        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                index = null;
            }
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Cache.class;
        }
    }
}

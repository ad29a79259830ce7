package org.devassign.model.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.PciAddress;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * A board's PCI functions indexed for {@link SriovFacts#vf}: by physical function and VF index, and by
 * address. Without it each VF lookup scanned (and parsed the name of) every device of the board, so
 * an assignment of 2,000 VFs read millions of devices; with it the board is read once, and again only
 * after something in it changes (it watches the board's whole containment tree). Where two devices
 * match one lookup, the first in the board's order wins, as the scan it replaces answered.
 */
final class BoardVfs extends EContentAdapter {

    /** A device and its place in the board's device list. */
    private record Place(PciDevice device, int position) {
    }

    private record VfKey(PciDevice pf, int index) {
    }

    /** The board indexed (the adapter's target moves over the board's contents as it attaches to them). */
    private final Board board;
    private Map<VfKey, Place> byVf;
    private Map<PciAddress, Place> byAddress;

    static BoardVfs on(Board board) {
        synchronized (board) {
            for (Adapter adapter : board.eAdapters()) {
                if (adapter instanceof BoardVfs index) {
                    return index;
                }
            }
            BoardVfs index = new BoardVfs(board);
            board.eAdapters().add(index);
            return index;
        }
    }

    private BoardVfs(Board board) {
        this.board = board;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == BoardVfs.class;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
            synchronized (this) {
                byVf = null;
                byAddress = null;
            }
        }
    }

    /** The board's device that is VF {@code index} of the PF (by its link, or at its address); empty when the board lists none. */
    synchronized Optional<PciDevice> vf(PciDevice pf, int index, PciAddress address) {
        if (byVf == null) {
            build();
        }
        Place linked = byVf.get(new VfKey(pf, index));
        Place at = byAddress.get(address);
        Place first = linked == null ? at : at == null || linked.position() < at.position() ? linked : at;
        return Optional.ofNullable(first).map(Place::device);
    }

    private void build() {
        byVf = new HashMap<>();
        byAddress = new HashMap<>();
        int position = 0;
        for (Device device : board.getDevices()) {
            if (device instanceof PciDevice pci) {
                Place place = new Place(pci, position);
                if (pci.getPhysicalFunction() != null) {
                    byVf.putIfAbsent(new VfKey(pci.getPhysicalFunction(), pci.getVfIndex()), place);
                }
                Optional<DeviceId> id = DeviceFacts.id(pci);
                if (id.isPresent() && id.get() instanceof PciAddress address) {
                    byAddress.putIfAbsent(address, place);
                }
            }
            position++;
        }
    }
}

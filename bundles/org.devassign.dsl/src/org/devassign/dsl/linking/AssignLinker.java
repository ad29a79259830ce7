package org.devassign.dsl.linking;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.core.identity.PciAddress;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Completes an inline board after linking with the facts its text states only once: a device's
 * group (from {@code group N { members }}) and a PCI device's domain/bus/slot/function (from its
 * address). A .board file stores them; the DSL does not make people write them twice. These
 * features are transient for the serializer ({@link org.devassign.dsl.resource.InlineBoardTransients}).
 */
public class AssignLinker extends LazyLinker {

    @Override
    protected void afterModelLinked(EObject model, IDiagnosticConsumer diagnostics) {
        super.afterModelLinked(model, diagnostics);
        if (model instanceof AssignmentConfig config && config.getInlineBoard() != null) {
            complete(config.getInlineBoard());
        }
    }

    public static void complete(Board board) {
        for (Device device : board.getDevices()) {
            device.setIommuGroup(null);
            if (device instanceof PciDevice pci) {
                PciAddress address = PciAddress.parseOrNull(pci.getSysfsName());
                if (address != null) {
                    pci.setDomain(address.domain());
                    pci.setBus(address.busNumber());
                    pci.setSlot(address.slot());
                    pci.setFunction(address.function());
                }
            }
        }
        for (IommuGroup group : board.getIommuGroups()) {
            for (Device member : group.getDevices()) {
                if (!member.eIsProxy() && member.getIommuGroup() == null) {
                    member.setIommuGroup(group);
                }
            }
        }
    }
}

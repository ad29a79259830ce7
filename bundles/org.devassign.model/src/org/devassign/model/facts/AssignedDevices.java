package org.devassign.model.facts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.Device;

/**
 * What an assignment covers: its device, every member of its IOMMU group, or the virtual functions
 * it takes ({@link SriovFacts#of}: the board's, or made from their PF's facts). The model's validator,
 * the language's validator, scoping, the generators and the planner all ask this, so it is answered
 * once, here.
 */
public final class AssignedDevices {

    private AssignedDevices() {
    }

    /**
     * The device, every member of the group in the board's order, or the VFs in index order; unresolved
     * references are left out. Not to be changed: the usual assignment of one device is answered with
     * an immutable set (linking and the checks ask several times per assignment).
     */
    public static Set<Device> of(Assignment assignment) {
        Device device = assignment.getDevice();
        if (assignment.getGroup() == null && !SriovFacts.isVfAssignment(assignment)) {
            return device == null || device.eIsProxy() ? Set.of() : Set.of(device);
        }
        Set<Device> devices = new LinkedHashSet<>();
        if (device != null && !device.eIsProxy()) {
            devices.add(device);
        }
        if (assignment.getGroup() != null && !assignment.getGroup().eIsProxy()) {
            for (Device member : assignment.getGroup().getDevices()) {
                if (!member.eIsProxy()) {
                    devices.add(member);
                }
            }
        }
        if (SriovFacts.isVfAssignment(assignment)) {
            devices.addAll(SriovFacts.of(assignment));
        }
        return devices;
    }
}

package org.devassign.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.devassign.core.identity.DeviceId;

/**
 * Whether VFIO will open an IOMMU group once the devices taken are on a VFIO driver: every other
 * member must be on no driver, a VFIO driver or a DMA-safe one ({@link Vfio#leavesGroupViable}),
 * and none may be protected. Members that keep the group viable only because nothing drives them
 * yet (not bridges) are reported as idle companions: a host driver may claim them later.
 */
public final class GroupViability {

    /** Why a member blocks the group. */
    public enum Reason {
        /** It is on a driver that owns DMA: VFIO refuses the group ("group N is not viable"). */
        HOST_DRIVER,
        /** It must never leave its host: the group cannot be assigned at all. */
        PROTECTED
    }

    /** A member that stops the group from being opened, and why. */
    public record Blocker(GroupMember member, Reason reason) {

        /** "0000:01:02.0 (on uio_pci_generic)", "0000:00:1f.2 (protected: it carries the root file system)". */
        public String describe() {
            return member.id() + switch (reason) {
                case HOST_DRIVER -> " (on " + member.driver() + ")";
                case PROTECTED -> " (protected: " + member.protection().map(Protection::describe).orElse("") + ")";
            };
        }
    }

    /** The verdict on one group. */
    public record Verdict(List<Blocker> blockers, List<GroupMember> idleCompanions) {

        public boolean viable() {
            return blockers.isEmpty();
        }

        public List<Blocker> blockers(Reason reason) {
            return blockers.stream().filter(b -> b.reason() == reason).toList();
        }
    }

    /** The kernel's rule in one sentence, for every message that explains a group that is not viable. */
    public static final String RULE = "VFIO opens a group only when every member is on a VFIO driver, on none, or on a DMA-safe one"
            + " (pci-stub, pcieport).";

    private GroupViability() {
    }

    /**
     * @param members every device of the group, the taken ones included
     * @param taken the devices that go to VFIO together (one consumer's)
     */
    public static Verdict check(Collection<GroupMember> members, Set<DeviceId> taken) {
        List<Blocker> blockers = new ArrayList<>();
        List<GroupMember> idle = new ArrayList<>();
        for (GroupMember member : members) {
            if (taken.contains(member.id())) {
                continue;
            }
            if (member.protection().isPresent()) {
                blockers.add(new Blocker(member, Reason.PROTECTED));
            } else if (!Vfio.leavesGroupViable(member.driver())) {
                blockers.add(new Blocker(member, Reason.HOST_DRIVER));
            } else if (member.driver() == null && !member.bridge()) {
                idle.add(member);
            }
        }
        return new Verdict(List.copyOf(blockers), List.copyOf(idle));
    }

    /** The one message for a group that is not viable, in the terms of the devices. */
    public static String explain(DeviceId requested, Verdict verdict) {
        StringBuilder text = new StringBuilder("the IOMMU group of ").append(requested).append(" is not viable: ");
        List<String> parts = verdict.blockers().stream().map(Blocker::describe).toList();
        text.append(String.join(", ", parts)).append(parts.size() == 1 ? " stays" : " stay").append(" on the host.");
        text.append(' ').append(RULE);
        if (!verdict.blockers(Reason.PROTECTED).isEmpty()) {
            text.append(" A protected device never leaves its host driver, so this group cannot be assigned: choose another device.");
        } else {
            text.append(" Assign the whole group, or move those devices off their host drivers first.");
        }
        return text.toString();
    }
}

package org.devassign.dsl.validation;

import static org.devassign.dsl.validation.Places.consumerName;
import static org.devassign.dsl.validation.Places.target;
import static org.devassign.dsl.validation.Places.where;
import static org.devassign.model.naming.Labels.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.facts.DeviceFacts;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

import com.google.inject.Inject;

/**
 * The language's validation: what needs the board, the whole config and the workspace together.
 * This class holds the checks across configs (a device assigned once in the workspace, IOMMU
 * groups given whole to one consumer and viable by the kernel's rule, a board named); the checks
 * of one concern each live in the classes it composes: {@link DeviceChecks} (protection, identity,
 * driver, reset, open path, bridges, machines without PCI), {@link InterruptChecks},
 * {@link RegionChecks}, {@link DmaChecks} (IOVA ranges, DMA masks, no-IOMMU groups),
 * {@link ConsumerChecks} (memlock budget, what a VM takes), {@link ImportChecks} and {@link SriovChecks}
 * (the VFs assigned are created, the PF keeps its driver). What the model
 * alone decides (ranges, alignment, duplicates inside one element, a consumer's own settings) is
 * the model's own validator, which EMF's registry runs alongside (see
 * AssignStandaloneSetup). The rules themselves are the core's ({@link org.devassign.core.rules}):
 * these classes find the facts in the model, ask the rule, and say what it means.
 *
 * <p>Every message names the element with {@link org.devassign.model.naming.Labels}, says what is
 * wrong and what to do; the issue data carries what a quick fix needs (see {@link IssueCodes}).
 */
@ComposedChecks(validators = { DeviceChecks.class, InterruptChecks.class, RegionChecks.class, DmaChecks.class, ConsumerChecks.class,
        ImportChecks.class, SriovChecks.class })
public class AssignValidator extends AbstractAssignValidator {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    /** How many other places a duplicate report lists before it counts the rest. */
    private static final int SHOWN_PLACES = 4;

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    // ---------------------------------------------------------------- the config across the workspace

    @Check(CheckType.NORMAL)
    public void checkConfig(AssignmentConfig config) {
        Board board = Configs.boardOf(config);
        if (board == null && config.getInlineBoard() == null && !config.getAssignments().isEmpty()
                && NodeModelUtils.findNodesForFeature(config, PKG.getAssignmentConfig_Board()).isEmpty()) {
            error("Config " + config.getName() + " assigns devices but names no board: add 'for \"FILE.board\"' after its name,"
                    + " or plan on an inline board ('for board NAME { ... }').", config, PKG.getNamedElement_Name(),
                    IssueCodes.NO_BOARD);
        }
        Map<Device, List<Assignment>> owners = owners(config);
        checkAssignedOnce(config, owners);
        Set<Judged> judged = new HashSet<>();
        for (Assignment assignment : config.getAssignments()) {
            checkGroups(assignment, owners, judged);
        }
    }

    /** Every device assigned in the workspace (this config and every other .assign file indexed), with its assignments. */
    private Map<Device, List<Assignment>> owners(AssignmentConfig config) {
        Map<Device, List<Assignment>> owners = new LinkedHashMap<>();
        List<AssignmentConfig> configs = new ArrayList<>();
        configs.add(config);
        configs.addAll(otherConfigs(config));
        for (AssignmentConfig each : configs) {
            if (Configs.boardOf(each) != Configs.boardOf(config)) {
                continue;
            }
            for (Assignment assignment : each.getAssignments()) {
                for (Device device : Configs.devicesOf(assignment)) {
                    owners.computeIfAbsent(device, d -> new ArrayList<>(1)).add(assignment);
                }
            }
        }
        return owners;
    }

    /**
     * The other configs of the config's folder, found through the index (the config workspace's, or
     * the language server's, which spans every folder of the client's workspace): the CLI, the
     * editor and the language server compare a config with the same set, its folder.
     */
    private List<AssignmentConfig> otherConfigs(AssignmentConfig config) {
        Resource resource = config.eResource();
        List<AssignmentConfig> others = new ArrayList<>();
        if (resource == null || resource.getResourceSet() == null || config.getInlineBoard() != null) {
            return others;
        }
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
        org.eclipse.emf.common.util.URI folder = resource.getURI().trimSegments(1);
        for (IResourceDescription description : index.getAllResourceDescriptions()) {
            if (description.getURI().equals(resource.getURI()) || !"assign".equals(description.getURI().fileExtension())
                    || !description.getURI().trimSegments(1).equals(folder)) {
                continue;
            }
            Resource other = resource.getResourceSet().getResource(description.getURI(), true);
            if (other != null && !other.getContents().isEmpty() && other.getContents().get(0) instanceof AssignmentConfig c) {
                others.add(c);
            }
        }
        return others;
    }

    /**
     * Each device assigned more than once in the workspace is reported once per file that assigns
     * it: on the file's second assignment of it (the one a quick fix removes), or its only one when
     * the others are elsewhere. The message lists a few of the other places and counts the rest, so
     * that 5,000 copies of one line give one problem, not 12 million.
     */
    private void checkAssignedOnce(AssignmentConfig config, Map<Device, List<Assignment>> owners) {
        Resource here = config.eResource();
        for (Map.Entry<Device, List<Assignment>> entry : owners.entrySet()) {
            Device device = entry.getKey();
            List<Assignment> all = entry.getValue();
            if (all.size() < 2 || DeviceFacts.isIdleBridge(device)) {
                continue; // an idle bridge is bound by no one, so two groups' assignments may both hold it
            }
            Assignment first = null;
            Assignment marked = null;
            for (Assignment each : all) {
                if (each.eResource() == here) {
                    if (first == null) {
                        first = each;
                    } else {
                        marked = each;
                        break;
                    }
                }
            }
            marked = marked == null ? first : marked;
            if (marked == null) {
                continue;
            }
            List<Assignment> others = new ArrayList<>(SHOWN_PLACES);
            Assignment firstOther = null;
            for (Assignment other : all) {
                if (other != marked) {
                    firstOther = firstOther == null ? other : firstOther;
                    if (others.size() < SHOWN_PLACES) {
                        others.add(other);
                    }
                }
            }
            int rest = all.size() - 1 - others.size();
            StringBuilder places = new StringBuilder();
            for (int i = 0; i < others.size(); i++) {
                Assignment other = others.get(i);
                places.append(i == 0 ? "" : i == others.size() - 1 && rest == 0 ? " and " : ", ")
                        .append(where(other, marked)).append(" to ").append(consumerName(other));
            }
            if (rest > 0) {
                places.append(", and ").append(rest).append(rest == 1 ? " more place" : " more places");
            }
            String times = all.size() == 2 ? "twice" : all.size() + " times";
            error("The " + of(device) + " is assigned " + times + ": here to " + consumerName(marked) + ", and " + places
                    + ". A device goes to one consumer: " + (all.size() == 2 ? "remove one of the assignments." : "keep one of the assignments."),
                    marked, target(marked), IssueCodes.ASSIGNED_TWICE, device.getName(), consumerName(firstOther),
                    String.valueOf(EcoreUtil.getURI(firstOther)));
        }
    }

    /** A group judged for a consumer, by the group's number and the consumer's name. */
    private record Judged(int group, String consumer) {
    }

    /**
     * Each IOMMU group the assignment touches: no companion goes to another consumer, and the rest
     * leave the group viable by the kernel's rule ({@link GroupViability}); companions nothing
     * drives are worth a warning, since a host driver may claim them later.
     */
    private void checkGroups(Assignment assignment, Map<Device, List<Assignment>> owners, Set<Judged> judged) {
        Consumer consumer = assignment.getConsumer();
        if (consumer == null || consumer.eIsProxy()) {
            return; // the unknown consumer is the problem to fix first
        }
        if (assignment.getDevice() != null && (DeviceFacts.isBridge(assignment.getDevice()) || DeviceFacts.isHostBridge(assignment.getDevice()))) {
            return; // a bridge assigned alone is the problem to fix first (DeviceChecks)
        }
        Set<Device> mine = Configs.devicesOf(assignment);
        Set<IommuGroup> groups = new LinkedHashSet<>();
        for (Device device : mine) {
            if (device.getIommuGroup() != null && !device.getIommuGroup().eIsProxy()
                    && judged.add(new Judged(device.getIommuGroup().getId(), consumer.getName()))) {
                groups.add(device.getIommuGroup()); // once per group and consumer: copies of one assignment are judged once
            }
        }
        for (IommuGroup group : groups) {
            List<GroupMember> members = new ArrayList<>();
            Set<DeviceId> taken = new LinkedHashSet<>();
            Map<DeviceId, Device> devices = new HashMap<>();
            for (Device member : group.getDevices()) {
                if (member.eIsProxy()) {
                    continue;
                }
                List<Assignment> others = owners.getOrDefault(member, List.of());
                Assignment elsewhere = mine.contains(member) ? null
                        : others.stream().filter(a -> a.getConsumer() != consumer).findFirst().orElse(null);
                if (elsewhere != null) {
                    error(of(group) + " is split between consumers: this assignment gives its devices to " + consumerName(assignment)
                            + ", but its " + of(member) + " goes to " + consumerName(elsewhere) + " (" + where(elsewhere, assignment)
                            + "). A group is opened by one process: give the whole group to one consumer.",
                            assignment, target(assignment), IssueCodes.GROUP_SPLIT, Integer.toString(group.getId()),
                            member.getName(), consumerName(elsewhere));
                }
                // a member without a valid kernel name cannot be judged; assigning it is refused (DeviceChecks)
                DeviceFacts.member(member).ifPresent(m -> {
                    members.add(m);
                    devices.put(m.id(), member);
                    if (mine.contains(member) || !others.isEmpty()) {
                        taken.add(m.id()); // goes to VFIO: here, elsewhere to this consumer, or to the other one (split above)
                    }
                });
            }
            GroupViability.Verdict verdict = GroupViability.check(members, taken);
            if (!verdict.viable()) {
                reportNotViable(assignment, group, verdict, devices);
            }
            for (GroupMember idle : verdict.idleCompanions()) {
                Device companion = devices.get(idle.id());
                warning("The " + of(companion) + " shares " + of(group) + " with the assigned device(s) but is not assigned:"
                        + " the group is viable while it has no driver, but nothing uses it and a host driver may claim it later."
                        + " Assign the whole group (assign group " + group.getId() + " to " + consumerName(assignment) + ").",
                        assignment, target(assignment), IssueCodes.GROUP_COMPANION_UNUSED, Integer.toString(group.getId()),
                        companion.getName());
            }
        }
    }

    /**
     * One error per group: the companions on host drivers, with their drivers (fix: assign the whole
     * group), or when a companion is protected, why the group cannot be assigned at all.
     */
    private void reportNotViable(Assignment assignment, IommuGroup group, GroupViability.Verdict verdict, Map<DeviceId, Device> devices) {
        List<String> blockers = new ArrayList<>();
        List<String> hostData = new ArrayList<>(List.of(Integer.toString(group.getId())));
        List<String> protectedData = new ArrayList<>(List.of(Integer.toString(group.getId())));
        for (GroupViability.Blocker blocker : verdict.blockers()) {
            Device companion = devices.get(blocker.member().id());
            if (blocker.reason() == GroupViability.Reason.HOST_DRIVER) {
                blockers.add(of(companion) + " is still on " + blocker.member().driver());
                hostData.add(companion.getName());
                hostData.add(blocker.member().driver());
            } else {
                String kind = blocker.member().protection().map(p -> p.kind().literal()).orElse("");
                blockers.add(of(companion) + " is protected (" + kind + ")");
                protectedData.add(companion.getName());
                protectedData.add(kind);
            }
        }
        boolean protectedOnes = protectedData.size() > 1;
        error(of(group) + " is not viable for the " + of(assignment) + ": its " + String.join(", and its ", blockers) + ". "
                + GroupViability.RULE
                + (protectedOnes ? " A protected device never leaves its host driver, so this group cannot be assigned: choose another device."
                        : " Assign the whole group (assign group " + group.getId() + " to " + consumerName(assignment)
                                + "), or unbind those devices from their host drivers first."),
                assignment, target(assignment), protectedOnes ? IssueCodes.GROUP_PROTECTED : IssueCodes.GROUP_INCOMPLETE,
                (protectedOnes ? protectedData : hostData).toArray(String[]::new));
    }
}

package org.devassign.agent.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.SriovState;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;

/**
 * Everything about a deployment that can be known before touching the board, checked in this order
 * so a refusal changes nothing: every request names a device, a driver and its consumer (a consumer
 * of one kind in every request), once; stated uids and gids belong to the deployment's user-space
 * consumers; the driver is the device's bus's ({@link Vfio#forDevice}); the device is on the board; neither the board
 * (root file system, the agent's connection) nor the agent's policy protects it; the policy's allow
 * list has it; the host does not use it, unless the request says force ({@link HostUse}: checked here
 * for a device on a host driver that the agent does not hold, and again right before its bind); and
 * for a device the agent opens, its IOMMU group is viable once the deployment's devices (and the
 * objects of its fsl-mc containers) are on VFIO ({@link GroupViability}). VFs the deployment creates
 * are checked through their PF (an SR-IOV PF on the board, not protected, not itself requested, a
 * count it can have) and, when they exist already, as every device.
 */
final class DeploymentCheck {

    private final BoardBackend backend;
    private final ProtectionPolicy configured;
    private final Set<DeviceId> allowed;

    /**
     * @param protect the devices the agent's config protects (policy.protect)
     * @param allow when not empty, the only devices the agent may take (policy.allow)
     */
    DeploymentCheck(BoardBackend backend, List<DeviceId> protect, List<DeviceId> allow) {
        this.backend = backend;
        Map<DeviceId, Protection> reasons = new LinkedHashMap<>();
        for (DeviceId device : protect) {
            reasons.put(device, new Protection(ProtectionKind.POLICY, "the agent's policy lists it (policy.protect)"));
        }
        this.configured = ProtectionPolicy.of(reasons);
        this.allowed = Set.copyOf(allow);
    }

    /** The config's protection and the board's, the config's reason first where both protect a device. */
    ProtectionPolicy protection() throws BackendException {
        return configured.and(backend.protection());
    }

    /** The overriding word of a refusal for a device in use, as the config says it. */
    static final String FORCE = "mark the assignment `force`";

    /** @param held devices the agent holds already (on VFIO through it: no host use to check) */
    void check(Deployment deployment, Set<DeviceId> held) throws AgentException {
        if (deployment == null || deployment.devices() == null) {
            throw AgentException.of(ErrorCode.INVALID_PARAMS, "a deployment needs a list of devices");
        }
        Set<DeviceId> requested = new HashSet<>();
        Map<ConsumerName, ConsumerKind> kinds = new HashMap<>();
        for (DeviceRequest request : deployment.devices()) {
            if (request == null || request.device() == null || request.driver() == null) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "every device request needs a device and a driver");
            }
            if (!requested.add(request.device())) {
                throw refusal(ErrorCode.INVALID_PARAMS, request, request.device() + " is requested twice");
            }
            if (request.consumer() == null || request.consumerKind() == null) {
                throw refusal(ErrorCode.INVALID_PARAMS, request, request.device() + " is requested for no consumer: every request"
                        + " names its consumer and the consumer's kind (probe, userspace or vm)");
            }
            ConsumerKind kind = kinds.putIfAbsent(request.consumer(), request.consumerKind());
            if (kind != null && kind != request.consumerKind()) {
                // the agent's own devices must never go out through the hand-off under a user-space consumer's name
                throw refusal(ErrorCode.INVALID_PARAMS, request, "consumer " + request.consumer() + " is both " + kind + " and "
                        + request.consumerKind() + ": a consumer is of one kind");
            }
            Vfio right = Vfio.forDevice(request.device());
            if (right != request.driver()) {
                throw refusal(ErrorCode.INVALID_PARAMS, request, request.device() + " is a " + request.device().bus().label()
                        + " device: its VFIO driver is " + right + ", not " + request.driver() + ". Ask for " + right
                        + " (or leave the driver to the rule: driver auto)");
            }
        }
        checkCredentials(deployment, kinds);
        try {
            ProtectionPolicy policy = protection();
            Set<DeviceId> created = checkVfs(deployment, requested, policy);
            for (DeviceRequest request : deployment.devices()) {
                if (created.contains(request.device()) && !backend.exists(request.device())) {
                    continue; // a VF this deployment creates: the bind and open steps check it once it exists
                }
                checkOne(request, requested, policy);
                if (!request.force() && !held.contains(request.device())) {
                    checkInUse(request);
                }
            }
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    private void checkOne(DeviceRequest request, Set<DeviceId> requested, ProtectionPolicy policy) throws AgentException, BackendException {
        DeviceId device = request.device();
        if (!backend.exists(device)) {
            throw refusal(ErrorCode.UNKNOWN_DEVICE, request, "there is no device " + device + " on this board: "
                    + "check the board model against the live board (devassign inventory)");
        }
        Protection protection = policy.check(device).orElse(null);
        if (protection != null) {
            throw refusal(ErrorCode.PROTECTED_DEVICE, request, device + " is protected: " + sentence(protection.describe())
                    + ". The agent never takes it, whatever a config says; assign another device");
        }
        if (!allowed.isEmpty() && !allowed.contains(device)) {
            throw refusal(ErrorCode.NOT_ALLOWED_BY_POLICY, request, device + " is not among the devices the agent's policy allows"
                    + " (policy.allow in its config)");
        }
        if (request.open() != null) {
            List<DeviceId> group = backend.groupOf(device);
            List<GroupMember> members = new ArrayList<>();
            for (DeviceId member : group) {
                GroupMember m = backend.member(member);
                members.add(new GroupMember(m.id(), m.driver(), m.bridge(), policy.check(member)));
            }
            GroupViability.Verdict verdict = GroupViability.check(members, BindingUnits.withFollowers(requested, group, backend::parentOf));
            if (!verdict.viable()) {
                throw refusal(ErrorCode.GROUP_NOT_VIABLE, request, GroupViability.explain(device, verdict));
            }
        }
    }

    /** Each stated uid and gid is an id Linux can have and belongs to one user-space consumer of the deployment. */
    private static void checkCredentials(Deployment deployment, Map<ConsumerName, ConsumerKind> kinds) throws AgentException {
        if (deployment.consumers() == null) {
            return;
        }
        Set<ConsumerName> stated = new HashSet<>();
        for (ConsumerCredentials ids : deployment.consumers()) {
            if (ids == null || ids.consumer() == null) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "consumer ids (uid, gid) must name their consumer");
            }
            if (kinds.get(ids.consumer()) != ConsumerKind.USERSPACE) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "the deployment states a uid and gid for " + ids.consumer()
                        + ", which is no user-space consumer of it: ids are for the processes the agent hands descriptors to");
            }
            if (!stated.add(ids.consumer())) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "the deployment states the ids of " + ids.consumer() + " twice");
            }
            if (ids.problem() != null) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "user-space consumer " + ids.consumer() + ": " + ids.problem());
            }
        }
    }

    /**
     * The VF creations: each names an SR-IOV physical function on the board, once, with a count it can
     * have; the PF is not protected (its driver re-initialises it to create VFs), allowed by the policy,
     * and not itself requested (it keeps its driver). Returns the VFs they create.
     */
    private Set<DeviceId> checkVfs(Deployment deployment, Set<DeviceId> requested, ProtectionPolicy policy)
            throws AgentException, BackendException {
        Set<DeviceId> pfs = new HashSet<>();
        Set<DeviceId> created = new HashSet<>();
        for (VfRequest request : deployment.vfs()) {
            DeviceId pf = request == null ? null : request.physicalFunction();
            if (pf == null) {
                throw AgentException.of(ErrorCode.INVALID_PARAMS, "every VF request needs a physical function");
            }
            if (!pfs.add(pf)) {
                throw vfRefusal(ErrorCode.INVALID_PARAMS, request, "the VFs of " + pf + " are requested twice");
            }
            if (!backend.exists(pf)) {
                throw vfRefusal(ErrorCode.UNKNOWN_DEVICE, request, "there is no device " + pf + " on this board: "
                        + "check the board model against the live board (devassign inventory)");
            }
            SriovState state = backend.sriov(pf).orElse(null);
            if (state == null) {
                throw vfRefusal(ErrorCode.INVALID_PARAMS, request, pf + " is no SR-IOV physical function (it has no sriov_totalvfs):"
                        + " VFs are created on a PF");
            }
            if (request.count() < 1 || request.count() > state.totalVfs()) {
                throw vfRefusal(ErrorCode.INVALID_PARAMS, request, pf + " can have 1 to " + state.totalVfs() + " VFs, not " + request.count());
            }
            Protection protection = policy.check(pf).orElse(null);
            if (protection != null) {
                throw vfRefusal(ErrorCode.PROTECTED_DEVICE, request, pf + " is protected: " + sentence(protection.describe())
                        + ". The agent creates no VFs on it (its driver re-initialises it to do so)");
            }
            if (!allowed.isEmpty() && !allowed.contains(pf)) {
                throw vfRefusal(ErrorCode.NOT_ALLOWED_BY_POLICY, request, pf + " is not among the devices the agent's policy allows"
                        + " (policy.allow in its config)");
            }
            if (requested.contains(pf)) {
                throw vfRefusal(ErrorCode.INVALID_PARAMS, request, pf + " is requested for VFIO while the deployment creates VFs on it:"
                        + " the PF keeps its host driver, which creates its VFs");
            }
            created.addAll(state.vfs(request.count()));
        }
        return created;
    }

    private static AgentException vfRefusal(ErrorCode code, VfRequest request, String message) {
        return new AgentException(code, message, request.physicalFunction(), request.source(), null);
    }

    /** A device on a host driver that the host uses now: refused unless forced, nothing changed. */
    private void checkInUse(DeviceRequest request) throws AgentException, BackendException {
        String driver = backend.driverOf(request.device());
        if (driver == null || Vfio.isVfioDriver(driver)) {
            return;
        }
        Optional<String> why = HostUse.refusal("device " + request.device(), backend.usage(request.device()), FORCE);
        if (why.isPresent()) {
            throw refusal(ErrorCode.DEVICE_IN_USE, request, why.get() + ". The agent takes a device the host uses only when asked with force;"
                    + " nothing was changed");
        }
    }

    /** A reason without its full stop, to go on in a longer sentence. */
    private static String sentence(String reason) {
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    private static AgentException refusal(ErrorCode code, DeviceRequest request, String message) {
        return new AgentException(code, message, request.device(), request.source(), null);
    }
}

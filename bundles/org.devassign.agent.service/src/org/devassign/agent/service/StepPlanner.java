package org.devassign.agent.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.api.HostLoss;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.SriovState;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.Vfio;

/**
 * The steps that take the board from what the agent holds now to a deployment: first release what
 * the new deployment no longer has or opens differently (close, restore, remove the VFs it created),
 * then create virtual functions, then bind, then open. A
 * device already as requested takes no step, so the same deployment twice plans nothing. Changes
 * nothing itself: {@code Transactions} takes the steps.
 */
final class StepPlanner {

    /**
     * The steps in order (numbered from 1), the devices left as they are, what the client should know,
     * and what the host loses with the devices taken from host drivers.
     */
    record Planned(List<Step> steps, List<DeviceId> unchanged, List<String> notes, List<HostLoss> losses) {
    }

    private StepPlanner() {
    }

    static Planned plan(Deployment deployment, Holdings holdings, BoardBackend backend) throws BackendException {
        List<Step> removals = new ArrayList<>();
        List<Step> binds = new ArrayList<>();
        List<Step> opens = new ArrayList<>();
        List<DeviceId> unchanged = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Step> vfRemovals = new ArrayList<>();
        List<Step> creations = new ArrayList<>();
        Set<DeviceId> dying = new HashSet<>();
        Set<DeviceId> newVfs = planVfs(deployment, holdings, backend, vfRemovals, creations, notes, dying);
        List<HostLoss> losses = new ArrayList<>();
        Map<DeviceId, DeviceRequest> wanted = new LinkedHashMap<>();
        for (DeviceRequest request : deployment.devices()) {
            wanted.put(request.device(), request);
        }
        for (Held h : holdings.all()) {
            DeviceRequest now = wanted.get(h.device());
            boolean reopen = now != null && !sameOpen(now, h.request);
            // a VF whose PF loses its VFs is given back first: the kernel cannot remove a VF that is held open
            boolean gone = now == null || dying.contains(h.device());
            if (h.handle != null && (gone || reopen)) {
                removals.add(step(StepKind.CLOSE, h.request, "release the VFIO descriptors"));
            }
            if (gone) {
                removals.add(step(StepKind.RESTORE, h.request, driverText(backend.driverOf(h.device())) + " -> " + driverText(h.saved.driver())));
            }
        }
        for (DeviceRequest request : deployment.devices()) {
            String driver = newVfs.contains(request.device()) ? null : backend.driverOf(request.device());
            boolean bound = request.driver().driverName().equals(driver);
            Held h = holdings.get(request.device());
            if (!bound) {
                binds.add(step(StepKind.BIND, request, driverText(driver) + " -> " + request.driver()));
                if (!newVfs.contains(request.device())) { // a VF (PCI) has no container whose objects follow it
                    followers(request, backend).ifPresent(notes::add);
                }
                if (driver != null && !Vfio.isVfioDriver(driver)) {
                    losses.add(loss(request, driver, backend.usage(request.device())));
                }
            }
            boolean openNeeded = request.open() != null && (h == null || h.handle == null || !sameOpen(request, h.request) || !bound);
            if (openNeeded) {
                opens.add(step(StepKind.OPEN, request, "open " + request.open() + openDetail(request)));
            }
            if (bound && !openNeeded && h != null) {
                unchanged.add(request.device());
            } else if (bound && !openNeeded) {
                notes.add(request.device() + " is already on " + driver + " (not through this agent): it is taken as it is");
            }
        }
        List<Step> steps = new ArrayList<>(removals);
        steps.addAll(vfRemovals);
        steps.addAll(creations);
        steps.addAll(binds);
        steps.addAll(opens);
        List<Step> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            numbered.add(steps.get(i).at(i + 1));
        }
        return new Planned(numbered, unchanged, notes, losses);
    }

    /** What the host loses with a device that leaves its host driver. */
    private static HostLoss loss(DeviceRequest request, String driver, List<HostUse> uses) {
        return new HostLoss(request.device(), request.label(), driver, HostUse.losses(uses),
                HostUse.inUse(uses).stream().map(HostUse::describe).toList());
    }

    /**
     * The VF steps: remove what the agent created and the deployment no longer has (or has with
     * another count), after the VFs' devices are restored; create what it asks for, before the binds.
     * VFs a PF already has, not through this agent, are taken as they are (and never removed by it).
     * Returns the VFs the creations make, which do not exist yet when planning; adds the VFs the
     * removals remove to {@code dying}.
     */
    private static Set<DeviceId> planVfs(Deployment deployment, Holdings holdings, BoardBackend backend, List<Step> removals,
            List<Step> creations, List<String> notes, Set<DeviceId> dying) throws BackendException {
        Map<DeviceId, VfRequest> wanted = new LinkedHashMap<>();
        for (VfRequest request : deployment.vfs()) {
            wanted.put(request.physicalFunction(), request);
        }
        for (Holdings.CreatedVfs c : holdings.createdLastFirst()) {
            VfRequest now = wanted.get(c.physicalFunction());
            if (now == null || now.count() != c.request().count()) {
                removals.add(vfStep(StepKind.REMOVE_VFS, c.request(), c.request().count() + " VFs -> 0"));
                backend.sriov(c.physicalFunction()).ifPresent(state -> dying.addAll(state.vfs(c.request().count())));
            }
        }
        Set<DeviceId> made = new HashSet<>();
        for (VfRequest request : wanted.values()) {
            DeviceId pf = request.physicalFunction();
            Holdings.CreatedVfs c = holdings.vfs(pf);
            if (c != null && c.request().count() == request.count()) {
                continue;
            }
            SriovState state = backend.sriov(pf).orElseThrow(() -> new BackendException(ErrorCode.BIND_FAILED, pf, pf
                    + " is no SR-IOV physical function on this board", null));
            if (c == null && state.numVfs() == request.count()) {
                notes.add(pf + " has " + request.count() + " VFs already (not through this agent): they are taken as they are");
                continue;
            }
            if (c == null && state.numVfs() != 0) {
                throw new BackendException(ErrorCode.BIND_FAILED, pf, pf + " has " + state.numVfs() + " VFs already, not from this agent,"
                        + " and the kernel changes the count only from 0: remove them first (write 0 to its sriov_numvfs), or ask for "
                        + state.numVfs(), null);
            }
            creations.add(vfStep(StepKind.CREATE_VFS, request, "0 -> " + request.count() + " VFs (host drivers kept off them)"));
            made.addAll(state.vfs(request.count()));
        }
        return made;
    }

    static Step vfStep(StepKind action, VfRequest request, String detail) {
        return new Step(0, action, request.physicalFunction(), request.label(), detail);
    }

    /** "dpni.0, dpio.1 follow dprc.2 onto vfio-fsl-mc" for a container whose objects go with it. */
    private static Optional<String> followers(DeviceRequest request, BoardBackend backend) throws BackendException {
        List<String> objects = backend.groupOf(request.device()).stream().sorted()
                .filter(member -> BindingUnits.follows(member, Set.of(request.device()), backend::parentOf)).map(DeviceId::toString).toList();
        return objects.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", objects) + (objects.size() == 1 ? " follows " : " follow ") + request.device()
                        + " onto " + request.driver() + " (the kernel binds a container's objects with it)");
    }

    private static String openDetail(DeviceRequest request) {
        StringBuilder text = new StringBuilder();
        if (request.regions() != null && !request.regions().isEmpty()) {
            text.append(", regions ").append(request.regions());
        }
        if (request.irqs() != null && !request.irqs().isEmpty()) {
            text.append(", irqs ").append(request.irqs());
        }
        return text.toString();
    }

    /** Whether a device held for {@code b} is open as {@code a} asks (same path, interrupts, driver and consumer). */
    static boolean sameOpen(DeviceRequest a, DeviceRequest b) {
        return Objects.equals(a.open(), b.open()) && Objects.equals(a.irqs(), b.irqs()) && Objects.equals(a.driver(), b.driver())
                && Objects.equals(a.consumer(), b.consumer());
    }

    static Step step(StepKind action, DeviceRequest request, String detail) {
        return new Step(0, action, request.device(), request.label(), detail);
    }

    static String driverText(String driver) {
        return driver == null ? "(no driver)" : driver;
    }
}

package org.devassign.agent.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;

/**
 * The steps that take the board from what the agent holds now to a deployment: first release what
 * the new deployment no longer has or opens differently (close, restore), then bind, then open. A
 * device already as requested takes no step, so the same deployment twice plans nothing. Changes
 * nothing itself: {@code Transactions} takes the steps.
 */
final class StepPlanner {

    /** The steps in order (numbered from 1), the devices left as they are, and what the client should know. */
    record Planned(List<Step> steps, List<DeviceId> unchanged, List<String> notes) {
    }

    private StepPlanner() {
    }

    static Planned plan(Deployment deployment, Holdings holdings, BoardBackend backend) throws BackendException {
        List<Step> removals = new ArrayList<>();
        List<Step> binds = new ArrayList<>();
        List<Step> opens = new ArrayList<>();
        List<DeviceId> unchanged = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<DeviceId, DeviceRequest> wanted = new LinkedHashMap<>();
        for (DeviceRequest request : deployment.devices()) {
            wanted.put(request.device(), request);
        }
        for (Held h : holdings.all()) {
            DeviceRequest now = wanted.get(h.device());
            boolean reopen = now != null && !sameOpen(now, h.request);
            if (h.handle != null && (now == null || reopen)) {
                removals.add(step(StepKind.CLOSE, h.request, "release the VFIO descriptors"));
            }
            if (now == null) {
                removals.add(step(StepKind.RESTORE, h.request, driverText(backend.driverOf(h.device())) + " -> " + driverText(h.saved.driver())));
            }
        }
        for (DeviceRequest request : deployment.devices()) {
            String driver = backend.driverOf(request.device());
            boolean bound = request.driver().driverName().equals(driver);
            Held h = holdings.get(request.device());
            if (!bound) {
                binds.add(step(StepKind.BIND, request, driverText(driver) + " -> " + request.driver()));
                followers(request, backend).ifPresent(notes::add);
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
        steps.addAll(binds);
        steps.addAll(opens);
        List<Step> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            numbered.add(steps.get(i).at(i + 1));
        }
        return new Planned(numbered, unchanged, notes);
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

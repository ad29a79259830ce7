package org.devassign.ui.diagram.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.dsl.scoping.Configs;
import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Region;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.naming.Labels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/** Builds the diagram of a parsed config: its board's groups and devices, its consumers and assignments, its problems. */
public final class DiagramBuilder {

    private final Map<Device, DeviceBox> devices = new HashMap<>();
    private final Map<IommuGroup, GroupBox> groups = new HashMap<>();
    private final Map<Consumer, ConsumerBox> consumers = new HashMap<>();
    private final Map<Assignment, Link> links = new HashMap<>();

    private DiagramBuilder() {
    }

    public static Diagram build(ParsedConfig parsed, List<Issue> issues) {
        return new DiagramBuilder().diagram(parsed, issues);
    }

    private Diagram diagram(ParsedConfig parsed, List<Issue> issues) {
        AssignmentConfig config = parsed.config();
        Diagram diagram = new Diagram(config == null || config.getName() == null ? parsed.file().getFileName().toString()
                : "config " + config.getName());
        if (config == null) {
            issues.forEach(issue -> diagram.problems.add(issue.getMessage()));
            return diagram;
        }
        Board board = Configs.boardOf(config);
        if (board != null) {
            for (IommuGroup group : board.getIommuGroups()) {
                GroupBox box = new GroupBox(group.getId(), group.isNoIommu());
                groups.put(group, box);
                diagram.groups.add(box);
                for (Device device : group.getDevices()) {
                    if (!device.eIsProxy()) {
                        DeviceBox deviceBox = device(device);
                        deviceBox.group = box;
                        box.devices.add(deviceBox);
                    }
                }
                size(box);
            }
            for (Device device : board.getDevices()) {
                if (!devices.containsKey(device)) {
                    diagram.loose.add(device(device));
                }
            }
        }
        int colour = 0;
        for (Consumer consumer : config.getConsumers()) {
            ConsumerBox box = new ConsumerBox(consumer.getName(), kind(consumer), summary(consumer), colour++);
            box.width = Layouts.CONSUMER_WIDTH;
            box.height = Layouts.CONSUMER_HEIGHT;
            consumers.put(consumer, box);
            diagram.consumers.add(box);
        }
        for (Assignment assignment : config.getAssignments()) {
            ConsumerBox consumer = consumers.get(assignment.getConsumer());
            if (consumer == null) {
                continue;
            }
            int line = line(assignment);
            Link link = null;
            if (assignment.getGroup() != null && groups.containsKey(assignment.getGroup())) {
                GroupBox group = groups.get(assignment.getGroup());
                group.assignedTo = consumer;
                group.devices.forEach(d -> d.assignedTo = consumer);
                link = new Link(null, group, consumer, line);
            } else if (assignment.getDevice() != null && devices.containsKey(assignment.getDevice())) {
                DeviceBox device = devices.get(assignment.getDevice());
                device.assignedTo = consumer;
                link = new Link(device, null, consumer, line);
            }
            if (link != null) {
                links.put(assignment, link);
                diagram.links.add(link);
            }
        }
        for (Issue issue : issues) {
            place(diagram, parsed, issue);
        }
        return diagram;
    }

    /** A problem goes on the shapes of the element it is about: an assignment's devices and link, a consumer, else the diagram. */
    private void place(Diagram diagram, ParsedConfig parsed, Issue issue) {
        Shape.Severity severity = issue.getSeverity() == Severity.ERROR ? Shape.Severity.ERROR : Shape.Severity.WARNING;
        String message = (issue.getLineNumber() == null ? "" : "line " + issue.getLineNumber() + ": ") + issue.getMessage();
        EObject element = null;
        URI uri = issue.getUriToProblem();
        if (uri != null && uri.fragment() != null && uri.trimFragment().equals(parsed.resource().getURI())) {
            element = parsed.resource().getEObject(uri.fragment());
        }
        EObject at = element;
        while (at != null && !(at instanceof Assignment) && !(at instanceof Consumer)) {
            at = at.eContainer();
        }
        if (at instanceof Assignment assignment) {
            Link link = links.get(assignment);
            boolean placed = false;
            if (link != null && severity.ordinal() > link.severity.ordinal()) {
                link.severity = severity;
            }
            Set<Device> covered = Configs.devicesOf(assignment);
            for (Device device : covered) {
                DeviceBox box = devices.get(device);
                if (box != null) {
                    box.addProblem(severity, message);
                    placed = true;
                }
            }
            if (assignment.getGroup() != null && groups.containsKey(assignment.getGroup())) {
                groups.get(assignment.getGroup()).addProblem(severity, message);
                placed = true;
            }
            if (placed) {
                return;
            }
        }
        if (at instanceof Consumer consumer && consumers.containsKey(consumer)) {
            consumers.get(consumer).addProblem(severity, message);
            return;
        }
        diagram.problems.add(message);
    }

    private DeviceBox device(Device device) {
        String address = device.getSysfsName() == null ? "" : device.getSysfsName();
        DeviceBox box = new DeviceBox(device.getName(), address, device.getDriver(),
                DeviceFacts.protectedBecause(device).orElse(null));
        for (Region region : device.getRegions()) {
            box.regions.add(new DeviceBox.RegionLine(region.getName(), Labels.size(region.getSize()), region.isMmappable()));
        }
        for (Interrupt interrupt : device.getInterrupts()) {
            box.irqs.add(new DeviceBox.IrqLine(interrupt.getKind().getLiteral(), interrupt.getCount(), interrupt.isEventfd()));
        }
        box.width = Layouts.DEVICE_WIDTH;
        box.height = Layouts.DEVICE_TITLE + Layouts.LINE * (box.regions.size() + box.irqs.size()) + (box.regions.isEmpty() && box.irqs.isEmpty() ? 0 : 4);
        devices.put(device, box);
        return box;
    }

    /** A group's size: its devices stacked under the header. */
    private static void size(GroupBox group) {
        double height = Layouts.GROUP_HEADER;
        for (DeviceBox device : group.devices) {
            height += device.height + Layouts.PAD;
        }
        group.width = Layouts.DEVICE_WIDTH + 2 * Layouts.PAD;
        group.height = Math.max(height, Layouts.GROUP_HEADER + Layouts.PAD);
    }

    private static String kind(Consumer consumer) {
        return switch (consumer) {
            case VmGuest vm -> "vm";
            case UserspaceDriver driver -> "userspace";
            default -> "probe";
        };
    }

    private static String summary(Consumer consumer) {
        String memlock = consumer.isSetMemlockLimit() ? "memlock " + Labels.size(consumer.getMemlockLimit()) : "";
        return switch (consumer) {
            case VmGuest vm -> Labels.size(vm.getMemorySize()) + ", " + vm.getVcpus() + " vCPU" + (memlock.isEmpty() ? "" : ", " + memlock);
            case UserspaceDriver driver -> "uid " + driver.getUid() + (memlock.isEmpty() ? "" : ", " + memlock);
            default -> memlock.isEmpty() ? "the agent" : "the agent, " + memlock;
        };
    }

    private static int line(EObject element) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? 0 : node.getStartLine();
    }
}

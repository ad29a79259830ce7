package org.devassign.ui.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK Layered over the diagram: each group is one node (its devices stacked inside it, each with a
 * port on the group's right side where its link starts), consumers form the last layer, links
 * are edges. Devices without a group are a column of their own on the left.
 */
public final class DiagramLayout {

    private static boolean registered;

    private DiagramLayout() {
    }

    private static synchronized void register() {
        if (!registered) {
            // explicit: works in OSGi and on the benchmark's plain class path alike
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    public static void layout(Diagram diagram) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 120.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(40, 20, 20, 20));

        double looseWidth = 0;
        double y = 40;
        for (DeviceBox device : diagram.loose) {
            device.x = 20;
            device.y = y;
            y += device.height + Layouts.PAD;
            looseWidth = device.width + 40;
        }

        Map<GroupBox, ElkNode> groupNodes = new HashMap<>();
        Map<DeviceBox, ElkPort> devicePorts = new HashMap<>();
        Map<GroupBox, ElkPort> groupPorts = new HashMap<>();
        for (GroupBox group : diagram.groups) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(group.width, group.height);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            groupNodes.put(group, node);
            ElkPort header = ElkGraphUtil.createPort(node);
            header.setDimensions(1, 1);
            header.setLocation(group.width, Layouts.GROUP_HEADER / 2);
            header.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
            groupPorts.put(group, header);
            double deviceY = Layouts.GROUP_HEADER;
            for (DeviceBox device : group.devices) {
                ElkPort port = ElkGraphUtil.createPort(node);
                port.setDimensions(1, 1);
                port.setLocation(group.width, deviceY + Layouts.DEVICE_TITLE / 2);
                port.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
                devicePorts.put(device, port);
                deviceY += device.height + Layouts.PAD;
            }
        }
        Map<ConsumerBox, ElkNode> consumerNodes = new HashMap<>();
        for (ConsumerBox consumer : diagram.consumers) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(consumer.width, consumer.height);
            node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            consumerNodes.put(consumer, node);
        }
        Map<Link, ElkEdge> edges = new HashMap<>();
        for (Link link : diagram.links) {
            ElkPort source = link.device != null ? devicePorts.get(link.device) : groupPorts.get(link.group);
            ElkNode target = consumerNodes.get(link.consumer);
            if (source != null && target != null) {
                edges.put(link, ElkGraphUtil.createSimpleEdge(source, target));
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        double width = looseWidth;
        double height = y;
        for (GroupBox group : diagram.groups) {
            ElkNode node = groupNodes.get(group);
            group.x = node.getX() + looseWidth;
            group.y = node.getY();
            double deviceY = group.y + Layouts.GROUP_HEADER;
            for (DeviceBox device : group.devices) {
                device.x = group.x + Layouts.PAD;
                device.y = deviceY;
                deviceY += device.height + Layouts.PAD;
            }
            width = Math.max(width, group.x + group.width);
            height = Math.max(height, group.y + group.height);
        }
        for (ConsumerBox consumer : diagram.consumers) {
            ElkNode node = consumerNodes.get(consumer);
            consumer.x = node.getX() + looseWidth;
            consumer.y = node.getY();
            width = Math.max(width, consumer.x + consumer.width);
            height = Math.max(height, consumer.y + consumer.height);
        }
        for (Link link : diagram.links) {
            link.points.clear();
            ElkEdge edge = edges.get(link);
            if (edge == null || edge.getSections().isEmpty()) {
                continue;
            }
            ElkEdgeSection section = edge.getSections().get(0);
            link.points.add(new double[] { section.getStartX() + looseWidth, section.getStartY() });
            for (ElkBendPoint bend : section.getBendPoints()) {
                link.points.add(new double[] { bend.getX() + looseWidth, bend.getY() });
            }
            link.points.add(new double[] { section.getEndX() + looseWidth, section.getEndY() });
        }
        diagram.width = width + 20;
        diagram.height = height + 20;
    }
}

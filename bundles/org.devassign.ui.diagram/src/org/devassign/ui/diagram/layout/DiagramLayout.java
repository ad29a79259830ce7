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
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The first layout of a diagram, with ELK Layered: each group is one node (its devices stacked
 * inside it, each with a port on the group's right side where its link starts), consumers form
 * the last layer, links are edges, so ELK orders the groups and consumers to keep links short and
 * uncrossed. Devices without a group are a column of their own on the left. ELK only places the
 * boxes: links are routed by {@link LinkRouter}, as after every later edit ({@link StableLayout}).
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
        // one layered graph: packing the disconnected groups as separate components would put them
        // anywhere, and the columns the stable layout adds new shapes to would not exist
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);

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
        for (Link link : diagram.links) {
            ElkPort source = link.device != null ? devicePorts.get(link.device) : groupPorts.get(link.group);
            ElkNode target = consumerNodes.get(link.consumer);
            if (source != null && target != null) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        for (GroupBox group : diagram.groups) {
            ElkNode node = groupNodes.get(group);
            group.x = node.getX() + looseWidth;
            group.y = node.getY();
        }
        for (ConsumerBox consumer : diagram.consumers) {
            ElkNode node = consumerNodes.get(consumer);
            consumer.x = node.getX() + looseWidth;
            consumer.y = node.getY();
        }
        Geometry.finish(diagram);
    }
}

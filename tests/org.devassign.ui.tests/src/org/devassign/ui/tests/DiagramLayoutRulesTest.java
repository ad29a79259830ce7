package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.ui.diagram.layout.StableLayout;
import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;
import org.junit.jupiter.api.Test;

/**
 * The stable layout's rules on diagrams built by hand: the first layout puts groups in one column
 * and consumers in another (ELK, one connected layered graph); a rebuilt diagram finds every shape
 * where it was; a new consumer goes under the others; a group that grew pushes the one below it
 * down only as far as needed; links are orthogonal from a group's right side to a consumer's left.
 */
class DiagramLayoutRulesTest {

    @Test
    void theFirstLayoutMakesColumnsAndARebuiltDiagramKeepsEveryPlace() {
        StableLayout layout = new StableLayout();
        Diagram first = diagram(6, 2, List.of(0, 3));
        layout.layout(first);
        double groupX = first.groups.get(0).x;
        for (GroupBox group : first.groups) {
            assertEquals(groupX, group.x, "groups form one column, linked or not: " + group.label());
        }
        double consumerX = first.consumers.get(0).x;
        for (ConsumerBox consumer : first.consumers) {
            assertEquals(consumerX, consumer.x, consumer.label());
            assertTrue(consumer.x > groupX + first.groups.get(0).width, "consumers are right of the groups");
        }
        assertNoOverlaps(first);

        Diagram again = diagram(6, 2, List.of(0, 3, 5));
        layout.layout(again);
        for (int i = 0; i < first.shapes().size(); i++) {
            Shape was = first.shapes().get(i);
            Shape is = again.shapes().get(i);
            assertEquals(was.identity(), is.identity());
            assertEquals(was.x, is.x, is.label());
            assertEquals(was.y, is.y, is.label());
        }
        assertOrthogonal(again);
    }

    @Test
    void aNewConsumerGoesUnderTheOthersAndAGrownGroupPushesOnlyWhatItWouldCover() {
        StableLayout layout = new StableLayout();
        Diagram first = diagram(4, 2, List.of(1));
        layout.layout(first);

        Diagram more = diagram(4, 3, List.of(1, 2));
        GroupBox grown = more.groups.get(0);
        DeviceBox extra = new DeviceBox("extra", "0000:09:00.0", null, null);
        extra.width = Layouts.DEVICE_WIDTH;
        extra.height = Layouts.DEVICE_TITLE;
        extra.group = grown;
        grown.devices.add(extra);
        grown.height += 400;
        layout.layout(more);

        ConsumerBox added = more.consumers.get(2);
        double lowest = Math.max(first.consumers.get(0).y + first.consumers.get(0).height, first.consumers.get(1).y + first.consumers.get(1).height);
        assertEquals(first.consumers.get(0).x, added.x, "the new consumer joins the column");
        assertTrue(added.y > lowest, "the new consumer is under the others: " + added.y + " vs " + lowest);
        assertEquals(first.groups.get(0).y, grown.y, "the grown group stays where it was");
        assertNoOverlaps(more);
        GroupBox last = more.groups.get(3);
        assertEquals(first.groups.get(3).x, last.x);
        assertTrue(last.y >= first.groups.get(3).y, "pushed down, never up");
    }

    @Test
    void aDeviceOutsideEveryGroupHasItsLinkDrawnAroundTheGroups() {
        StableLayout layout = new StableLayout();
        for (int round = 0; round < 2; round++) { // the first layout (ELK), then the stable one that keeps the places
            Diagram diagram = diagram(4, 2, List.of(1));
            DeviceBox loose = new DeviceBox("uart0", "9000000.pl011", "vfio-platform", null);
            loose.width = Layouts.DEVICE_WIDTH;
            loose.height = Layouts.DEVICE_TITLE;
            diagram.loose.add(loose);
            ConsumerBox consumer = diagram.consumers.get(1);
            loose.assignedTo = consumer;
            Link link = new Link(loose, null, consumer, 9);
            diagram.links.add(link);
            layout.layout(diagram);

            assertTrue(link.points.size() >= 2, "the loose device's link is routed (round " + round + ")");
            double[] start = link.points.get(0);
            double[] end = link.points.get(link.points.size() - 1);
            assertEquals(loose.x + loose.width, start[0], "starts at the device's right side");
            assertEquals(loose.y + Layouts.DEVICE_TITLE / 2, start[1]);
            assertEquals(consumer.x, end[0], "ends at the consumer's left side");
            assertEquals(consumer.y + consumer.height / 2, end[1]);
            for (int i = 1; i < link.points.size(); i++) {
                double[] a = link.points.get(i - 1);
                double[] b = link.points.get(i);
                assertTrue(a[0] == b[0] || a[1] == b[1], "a segment is horizontal or vertical");
                for (GroupBox group : diagram.groups) {
                    assertFalse(crosses(a, b, group), "the link runs through " + group.label() + ": " + a[0] + "," + a[1] + " -> " + b[0] + ","
                            + b[1]);
                }
            }
            assertOrthogonal(diagram);
        }
    }

    /** Whether the axis-parallel segment a-b passes through the inside of the box. */
    private static boolean crosses(double[] a, double[] b, Shape box) {
        double left = Math.min(a[0], b[0]);
        double right = Math.max(a[0], b[0]);
        double up = Math.min(a[1], b[1]);
        double down = Math.max(a[1], b[1]);
        return right > box.x && left < box.x + box.width && down > box.y && up < box.y + box.height;
    }

    /** {@code groups} groups of two devices, {@code consumers} consumers, the listed groups' first device assigned round robin. */
    private static Diagram diagram(int groups, int consumers, List<Integer> assigned) {
        Diagram diagram = new Diagram("test");
        for (int c = 0; c < consumers; c++) {
            ConsumerBox consumer = new ConsumerBox("c" + c, "vm", "", c);
            consumer.width = Layouts.CONSUMER_WIDTH;
            consumer.height = Layouts.CONSUMER_HEIGHT;
            diagram.consumers.add(consumer);
        }
        for (int g = 0; g < groups; g++) {
            GroupBox group = new GroupBox(g, false);
            for (int d = 0; d < 2; d++) {
                DeviceBox device = new DeviceBox("d" + g + d, String.format("0000:00:%02x.%d", g, d), "vfio-pci", null);
                device.width = Layouts.DEVICE_WIDTH;
                device.height = Layouts.DEVICE_TITLE;
                device.group = group;
                group.devices.add(device);
            }
            group.width = Layouts.DEVICE_WIDTH + 2 * Layouts.PAD;
            group.height = Layouts.GROUP_HEADER + 2 * (Layouts.DEVICE_TITLE + Layouts.PAD);
            diagram.groups.add(group);
        }
        for (int i = 0; i < assigned.size(); i++) {
            DeviceBox device = diagram.groups.get(assigned.get(i)).devices.get(0);
            ConsumerBox consumer = diagram.consumers.get(i % consumers);
            device.assignedTo = consumer;
            diagram.links.add(new Link(device, null, consumer, i + 1));
        }
        return diagram;
    }

    private static void assertNoOverlaps(Diagram diagram) {
        List<Shape> boxes = new java.util.ArrayList<>(diagram.groups);
        boxes.addAll(diagram.consumers);
        for (Shape a : boxes) {
            for (Shape b : boxes) {
                assertFalse(a != b && a.intersects(b.x, b.y, b.width, b.height), a.label() + " overlaps " + b.label());
            }
        }
    }

    private static void assertOrthogonal(Diagram diagram) {
        for (Link link : diagram.links) {
            assertTrue(link.points.size() >= 2, "routed");
            double[] start = link.points.get(0);
            double[] end = link.points.get(link.points.size() - 1);
            if (link.device.group != null) {
                assertEquals(link.device.group.x + link.device.group.width, start[0], "starts at the group's right side");
            }
            assertEquals(link.consumer.x, end[0], "ends at the consumer's left side");
            for (int i = 1; i < link.points.size(); i++) {
                double[] a = link.points.get(i - 1);
                double[] b = link.points.get(i);
                assertTrue(a[0] == b[0] || a[1] == b[1], "a segment is horizontal or vertical");
            }
        }
    }
}

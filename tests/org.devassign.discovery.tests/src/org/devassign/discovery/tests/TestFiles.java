package org.devassign.discovery.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;

/** The test sources under resources/dts, copied to a folder, and tree comparison. */
final class TestFiles {

    static final List<String> DTS_FILES = List.of("soc.dtsi", "irq.h", "board.dts", "plain.dts", "plain-soc.dtsi");

    private TestFiles() {
    }

    /** Copies the bundle's test sources into {@code dir} (they are read from the bundle, not the checkout). */
    static Path dtsSources(Path dir) throws IOException {
        for (String name : DTS_FILES) {
            try (InputStream in = TestFiles.class.getResourceAsStream("/resources/dts/" + name)) {
                if (in == null) {
                    throw new IOException("resources/dts/" + name + " is not in the test bundle");
                }
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    /** Every difference between two trees: nodes, property names and values, in order. */
    static List<String> differences(DeviceTree expected, DeviceTree actual) {
        List<String> differences = new ArrayList<>();
        compare(expected.root(), actual.root(), differences);
        return differences;
    }

    private static void compare(DtNode expected, DtNode actual, List<String> differences) {
        List<String> expectedProps = expected.properties().stream().map(DtProperty::name).toList();
        List<String> actualProps = actual.properties().stream().map(DtProperty::name).toList();
        if (!expectedProps.equals(actualProps)) {
            differences.add(expected.path() + ": properties " + actualProps + ", expected " + expectedProps);
        }
        for (DtProperty p : expected.properties()) {
            DtProperty q = actual.property(p.name());
            if (q != null && !java.util.Arrays.equals(p.value(), q.value())) {
                differences.add(expected.path() + ":" + p.name() + " = " + HexFormat.of().formatHex(q.value()) + ", expected "
                        + HexFormat.of().formatHex(p.value()));
            }
        }
        List<String> expectedChildren = expected.children().stream().map(DtNode::name).toList();
        List<String> actualChildren = actual.children().stream().map(DtNode::name).toList();
        if (!expectedChildren.equals(actualChildren)) {
            differences.add(expected.path() + ": children " + actualChildren + ", expected " + expectedChildren);
            return;
        }
        for (DtNode child : expected.children()) {
            compare(child, actual.child(child.name()), differences);
        }
    }
}

package org.devassign.dsl.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.devassign.core.identity.DeviceId;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.facts.DeviceFacts;

/** The facts generators share: which devices each consumer gets, and names safe in other languages. */
final class Assigned {

    // compiled once: a header of 50,000 devices asks for each several times
    private static final Pattern NOT_MACRO = Pattern.compile("[^A-Z0-9]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9-]");

    private Assigned() {
    }

    /** Each consumer with the devices it gets, in config order; idle bridges are left out (nothing to bind or hand over). */
    static Map<Consumer, List<Device>> devicesByConsumer(AssignmentConfig config) {
        Map<Consumer, Set<Device>> byConsumer = new LinkedHashMap<>();
        for (Assignment assignment : config.getAssignments()) {
            Consumer consumer = assignment.getConsumer();
            if (consumer == null || consumer.eIsProxy()) {
                continue;
            }
            Set<Device> devices = byConsumer.computeIfAbsent(consumer, c -> new LinkedHashSet<>());
            for (Device device : Configs.devicesOf(assignment)) {
                if (!DeviceFacts.isIdleBridge(device)) {
                    devices.add(device);
                }
            }
        }
        Map<Consumer, List<Device>> result = new LinkedHashMap<>();
        byConsumer.forEach((consumer, devices) -> result.put(consumer, new ArrayList<>(devices)));
        return result;
    }

    static List<Assignment> assignmentsOf(AssignmentConfig config, Consumer consumer) {
        return config.getAssignments().stream().filter(a -> a.getConsumer() == consumer).toList();
    }

    /** The kernel's name of a device (canonical: {@code 0000:00:05.0}); a config with errors is never generated, so it has one. */
    static String kernelName(Device device) {
        return DeviceFacts.id(device).map(DeviceId::kernelName).orElseThrow(
                () -> new IllegalArgumentException(DeviceFacts.nameProblem(device).orElse(device.getName())));
    }

    static String boardName(AssignmentConfig config) {
        Board board = Configs.boardOf(config);
        return board == null ? "(no board)" : board.getName();
    }

    /** EDU_DRIVER from edu-driver: a C identifier in upper case. */
    static String macro(String name) {
        String id = NOT_MACRO.matcher(name.toUpperCase(Locale.ROOT)).replaceAll("_");
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    /** Text for a C or DTS comment: nothing that ends it early, no line breaks or control characters. */
    static String comment(String text) {
        return CONTROL.matcher(text).replaceAll(" ").replace("*/", "* /");
    }

    /** A node or alias name: lower case letters, digits and '-'. */
    static String slug(String name) {
        return NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}

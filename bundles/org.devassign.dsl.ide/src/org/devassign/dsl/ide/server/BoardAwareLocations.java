package org.devassign.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.Region;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Locations of elements in .board files (XMI has no node model): go-to-definition on a device,
 * region, interrupt or group lands on its element in the board file.
 */
public class BoardAwareLocations extends DocumentExtensions {

    @Override
    public Location newLocation(EObject element) {
        if (element == null || element.eResource() == null || element.eResource() instanceof XtextResource) {
            return super.newLocation(element);
        }
        return locate(element);
    }

    @Override
    public Location newFullLocation(EObject element) {
        if (element == null || element.eResource() == null || element.eResource() instanceof XtextResource) {
            return super.newFullLocation(element);
        }
        return locate(element);
    }

    static Location locate(EObject element) {
        URI uri = element.eResource().getURI();
        int offset = 0;
        String text = "";
        if (uri.isFile()) {
            try {
                text = Files.readString(Path.of(uri.toFileString()));
                offset = offsetOf(text, element);
            } catch (IOException unreadable) {
                offset = 0;
            }
        }
        Position position = position(text, Math.max(0, offset));
        return new Location(uri.toString(), new Range(position, position));
    }

    /** Where the element's XML start tag is; 0 when it cannot be found. */
    static int offsetOf(String xml, EObject element) {
        return switch (element) {
            case Device device -> find(xml, 0, "<devices ", "name=\"" + device.getName() + "\"");
            case Region region -> find(xml, start(xml, region.getDevice()), "<regions ", "index=\"" + region.getIndex() + "\"");
            case Interrupt interrupt -> find(xml, start(xml, interrupt.getDevice()), "<interrupts ", interrupt.getIndex() == 0 ? null
                    : "index=\"" + interrupt.getIndex() + "\"");
            case IommuGroup group -> find(xml, 0, "<iommuGroups ", "id=\"" + group.getId() + "\"");
            default -> 0;
        };
    }

    private static int start(String xml, Device device) {
        return device == null ? 0 : Math.max(0, find(xml, 0, "<devices ", "name=\"" + device.getName() + "\""));
    }

    /** The first tag {@code tag} at or after {@code from} whose attributes hold {@code attribute} (any, when null). */
    private static int find(String xml, int from, String tag, String attribute) {
        for (int at = xml.indexOf(tag, from); at >= 0; at = xml.indexOf(tag, at + 1)) {
            int end = xml.indexOf('>', at);
            if (end < 0) {
                return 0;
            }
            String attributes = xml.substring(at, end);
            if (attribute == null || attributes.contains(" " + attribute) || attributes.contains("\n" + attribute)
                    || attributes.matches("(?s).*\\s" + java.util.regex.Pattern.quote(attribute) + ".*")) {
                return at;
            }
        }
        return 0;
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}

package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.dsl.linking.NameRecordingParser;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config just parsed is linked from the names its parser noted (NameRecordingParser); linked
 * again, Xtext's walk over the elements finds them. Both must set every reference alike.
 */
class NotedLinksTest {

    @TempDir
    Path dir;

    @Test
    void namesLinkedFromTheParsersNotesAreThoseXtextsWalkFinds() {
        Workspace ws = new Workspace(dir);
        Path file = ws.write("noted.assign", """
                config noted for "vm-q35.board"
                probe p
                userspace drv { memlock 64 MiB }
                assign "0000:00:06.0" to p { map 0 irq 1 eventfd }
                assign edu0 to drv {
                	map BAR0
                	irq msi eventfd
                }
                assign group 6 to p { map edu3.BAR0 }
                """);
        assertLinkedAlike(ws, file, 12); // the board; per assignment its device or group, consumer, regions and interrupts
    }

    @Test
    void anInlineBoardsGroupMembersAreNotedToo() {
        Workspace ws = new Workspace(dir);
        Path file = ws.write("inline.assign", """
                config lab for board rig {
                	pci nic0 "0000:03:00.0" driver igb {
                		region BAR0 index 0 at 0xf7c00000 size 128 KiB read write mmap
                		irq msix index 2 count 5 eventfd maskable
                	}
                	pci nic1 "0000:03:00.1" driver igb
                	group 7 { nic0 nic1 }
                }
                userspace drv { memlock 16 MiB }
                assign group 7 to drv { map nic0.BAR0 irq nic0.msix count 5 eventfd }
                """);
        assertLinkedAlike(ws, file, 7); // the group's members, their group (set after linking), the assignment's four
    }

    @Test
    void aTextWithASyntaxErrorIsLinkedByTheWalk() {
        Workspace ws = new Workspace(dir);
        Path file = ws.write("broken.assign", """
                config broken for "vm-q35.board"
                probe p
                assign edu0 to p { map BAR0 }
                assign edu1 to p { irq }
                """);
        AssignmentConfig config = ws.load(file);
        XtextResource resource = (XtextResource) config.eResource();
        assertTrue(resource.getParseResult().hasSyntaxErrors());
        assertFalse(((NameRecordingParser.Parsed) resource.getParseResult()).taken(), "no notes are trusted in a broken text");
        assertEquals("edu0", config.getAssignments().get(0).getDevice().getName());
        assertEquals("BAR0", config.getAssignments().get(0).getRegions().get(0).getRegion().getName());
        assertEquals("edu1", config.getAssignments().get(1).getDevice().getName());
    }

    @Test
    void aConfigParsedInPartIsLinkedByTheWalk() {
        Workspace ws = new Workspace(dir);
        Path file = ws.write("edited.assign", """
                config edited for "vm-q35.board"
                probe p
                assign edu0 to p { map BAR0 irq msi eventfd }
                """);
        AssignmentConfig config = ws.load(file);
        XtextResource resource = (XtextResource) config.eResource();
        String text = resource.getParseResult().getRootNode().getText();
        resource.update(text.indexOf("edu0"), 4, "edu1"); // as an editor does: the assignment parsed again, the config linked again

        AssignmentConfig edited = (AssignmentConfig) resource.getContents().get(0);
        Assignment assignment = edited.getAssignments().get(0);
        assertEquals("edu1", assignment.getDevice().getName());
        assertSame(assignment.getDevice().getRegions().get(0), assignment.getRegions().get(0).getRegion());
        assertSame(assignment.getDevice(), assignment.getIrqs().get(0).getInterrupt().getDevice());
        assertEquals("p", assignment.getConsumer().getName());
    }

    /** Links the config from the parser's notes, then by Xtext's walk, and compares every reference. */
    private static void assertLinkedAlike(Workspace ws, Path file, int expectedReferences) {
        AssignmentConfig config = ws.load(file);
        XtextResource resource = (XtextResource) config.eResource();
        NameRecordingParser.Parsed parsed = (NameRecordingParser.Parsed) resource.getParseResult();
        assertTrue(parsed.taken(), "the linker took the parser's notes");
        Map<String, Object> noted = references(config);
        assertEquals(expectedReferences, noted.size(), noted.keySet().toString());
        for (Object target : noted.values()) {
            for (Object each : target instanceof List<?> many ? many : List.of(target)) {
                assertTrue(each instanceof EObject object && !object.eIsProxy(), "linked, not left a proxy: " + noted.keySet());
            }
        }

        resource.relink(); // a config linked again: Xtext's walk, every reference cleared first
        assertEquals(noted, references(config));
        assertEquals(List.of(), ws.validate(file));
    }

    /** Each reference set in the config, by element and reference, to its target (as it is: a proxy stays one). */
    private static Map<String, Object> references(AssignmentConfig config) {
        Map<String, Object> references = new LinkedHashMap<>();
        List<EObject> elements = new ArrayList<>();
        elements.add(config);
        config.eAllContents().forEachRemaining(elements::add);
        for (EObject element : elements) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || !element.eIsSet(reference)) {
                    continue;
                }
                Object target = element.eGet(reference, false);
                assertNotNull(target);
                references.put(EcoreUtil.getURI(element).fragment() + "/" + reference.getName(),
                        target instanceof List<?> many ? List.copyOf(many) : target); // a copy: linking again refills the same list
            }
        }
        return references;
    }
}

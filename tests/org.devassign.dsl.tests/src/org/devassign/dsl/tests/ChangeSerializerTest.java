package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.DmaWindow;
import org.devassign.model.VmGuest;
import org.devassign.testing.RepoFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * What the graphical editor relies on: a model edit becomes a few small text edits, and the rest
 * of the file, comments included, stays as it was.
 */
class ChangeSerializerTest {

    @TempDir
    Path dir;

    private final Injector injector = new AssignIdeSetup().createInjectorAndDoEMFRegistration();

    @Test
    void anAttributeEditIsOneSmallReplacement() throws Exception {
        String text = example();
        Edit edit = apply(text, config -> ((VmGuest) config.getConsumers().get(2)).setMemorySize(1L << 30));
        assertEquals(text.replace("memory 256 MiB", "memory 1 GiB"), edit.text());
        assertEquals(1, edit.replacements().size(), edit.replacements()::toString);
        assertTrue(edit.replacements().get(0).getLength() < 10, edit.replacements()::toString);
    }

    @Test
    void anAddedElementRewritesOnlyItsAssignmentAndCommentsSurvive() throws Exception {
        String text = example();
        Edit edit = apply(text, config -> {
            DmaWindow window = DevAssignFactory.eINSTANCE.createDmaWindow();
            window.setName("status");
            window.setIova(0x400000);
            window.setSize(4096);
            window.setWritable(false);
            config.getAssignments().get(0).getDmaWindows().add(window);
        });
        String edited = edit.text();
        assertTrue(edited.contains("\tdma status at 0x400000 size 4 KiB read-only\n"), edited);
        int from = text.indexOf("assign edu0");
        int to = text.indexOf("assign edu1");
        for (ITextReplacement replacement : edit.replacements()) {
            assertTrue(replacement.getOffset() >= from && replacement.getEndOffset() <= to, "outside the edited assignment: " + replacement);
        }
        assertEquals(text.substring(0, from), edited.substring(0, from));
        assertEquals(text.substring(to), edited.substring(edited.indexOf("assign edu1")));
        List<String> comments = text.lines().filter(line -> line.contains("//")).map(line -> line.substring(line.indexOf("//"))).toList();
        assertFalse(comments.isEmpty(), "the example has comments to keep");
        for (String comment : comments) {
            assertTrue(edited.contains(comment), "comment kept: " + comment + "\n" + edited);
        }
        Workspace ws = new Workspace(dir);
        Path file = ws.write("edited.assign", edited);
        ws.load(file);
        assertEquals(List.of(), ws.validate(file), "the edited text parses and validates");
    }

    private String example() throws Exception {
        return LanguageTest.read(RepoFiles.example("vm-q35.assign"));
    }

    record Edit(String text, List<ITextReplacement> replacements) {
    }

    /** Applies the edit through IChangeSerializer: the text edits it makes, and the text after them. */
    private Edit apply(String text, IChangeSerializer.IModification<AssignmentConfig> edit) throws Exception {
        new Workspace(dir);
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        org.devassign.model.io.BoardFiles.configure(resourceSet);
        Resource resource = resourceSet.createResource(URI.createFileURI(dir.resolve("vm-q35.assign").toString()));
        resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        AssignmentConfig config = (AssignmentConfig) resource.getContents().get(0);
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resourceSet);

        IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
        serializer.addModification(config, edit);
        List<IEmfResourceChange> changes = new ArrayList<>();
        serializer.applyModifications(changes::add);
        assertEquals(1, changes.size(), changes::toString);
        List<ITextReplacement> replacements = new ArrayList<>(((ITextDocumentChange) changes.get(0)).getReplacements());
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder document = new StringBuilder(text);
        for (ITextReplacement replacement : replacements) {
            document.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
        }
        return new Edit(document.toString(), replacements);
    }
}

package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.devassign.dsl.AssignStandaloneSetup;
import org.devassign.dsl.LanguageInjector;
import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.Checked;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Overlay;
import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.Device;
import org.devassign.testing.RepoFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * The config workspace: a folder read once, then kept current by announced changes (a sibling
 * written on disk, an editor's unsaved text, a removed file, a broken and a changed board), each
 * taken in by reading that file alone; readers see the state before or after a change, never
 * between; the process's one injector.
 */
class ConfigWorkspaceTest {

    private static final Injector INJECTOR = new AssignIdeSetup().createInjectorAndDoEMFRegistration();

    @TempDir
    Path dir;

    private ConfigWorkspace ws;
    private Path a;
    private Path b;

    @BeforeEach
    void folderWithTwoConfigsAndTheExampleBoards() throws Exception {
        Files.copy(RepoFiles.example("vm-q35.board"), dir.resolve("vm-q35.board"));
        Files.copy(RepoFiles.example("vm-microvm.board"), dir.resolve("vm-microvm.board"));
        a = Files.writeString(dir.resolve("a.assign"), config("a", "edu0"));
        b = Files.writeString(dir.resolve("b.assign"), config("b", "edu1"));
        ws = ConfigWorkspace.create(INJECTOR);
    }

    private static String config(String name, String device) {
        return "config " + name + " for \"vm-q35.board\"\nprobe p" + name + "\nassign " + device + " to p" + name + "\n";
    }

    private List<String> codes(Path file) {
        return ws.validate(file).stream().map(Problem::code).toList();
    }

    @Test
    void aFolderIsReadOnceAndRequestsReadNothingAgain() throws Exception {
        assertEquals(List.of(), ws.validate(a));
        ConfigWorkspace.Stats first = ws.stats();
        assertEquals(4, first.loads(), "two configs and two boards, each loaded once: " + first);
        assertTrue(first.diskReads() <= 4, "none read twice (a board that linking loaded first is not read again): " + first);

        assertEquals(List.of(), ws.validate(a));
        assertEquals(List.of(), ws.validate(b));
        assertEquals("edu0", ws.read(a, parsed -> ((Device) parsed.elementAt(parsed.text().indexOf("edu0") + 1)).getName()));
        assertEquals(first, ws.stats(), "answers come from what is loaded");

        Files.writeString(b, config("b", "edu0"));
        assertEquals(List.of(), ws.validate(a), "a change nobody announced is not seen: nothing is read per request");
        assertEquals(first, ws.stats());
    }

    @Test
    void aChangedSiblingIsReadAloneAndTheCheckAcrossConfigsFollowsIt() throws Exception {
        assertEquals(List.of(), codes(a));
        ConfigWorkspace.Stats before = ws.stats();

        Files.writeString(b, config("b", "edu0"));
        ws.changed(b);
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(a));
        ConfigWorkspace.Stats after = ws.stats();
        assertEquals(before.diskReads() + 1, after.diskReads(), "only b is read again: " + before + " -> " + after);
        assertEquals(before.loads() + 1, after.loads(), "only b is parsed again: " + before + " -> " + after);
        assertTrue(after.relinks() > before.relinks(), "a is relinked, not parsed: " + after);

        Files.writeString(b, config("b", "edu1"));
        ws.changed(b);
        assertEquals(List.of(), codes(a));
        assertEquals(after.loads() + 1, ws.stats().loads());
    }

    @Test
    void anEditorsUnsavedTextCountsUntilTheEditorCloses() throws Exception {
        assertEquals(List.of(), codes(a));
        ConfigWorkspace.Stats before = ws.stats();
        Overlay editor = ws.overlay(b);
        editor.set(config("b", "edu0"));
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(a));
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(b));
        assertEquals(config("b", "edu1"), Files.readString(b), "the file is not touched");
        editor.close();
        assertEquals(List.of(), codes(a));
        assertEquals(before.diskReads(), ws.stats().diskReads(), "b's saved text was kept: nothing read again");

        Path unsaved = dir.resolve("c.assign");
        Overlay newFile = ws.overlay(unsaved);
        newFile.set(config("c", "edu0"));
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(unsaved), "a config that exists only in an editor");
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(a));
        newFile.close();
        assertEquals(List.of(), codes(a));
        assertThrows(java.io.UncheckedIOException.class, () -> ws.validate(unsaved), "closed unsaved: the file does not exist");
    }

    @Test
    void anImportedSiblingIsReadFromItsEditorsUnsavedText() throws Exception {
        Files.writeString(a, "import \"b.assign\"\nconfig a for \"vm-q35.board\"\nassign edu0 to shared\n");
        Overlay editor = ws.overlay(b);
        editor.set("config b for \"vm-q35.board\"\nprobe shared\nassign edu1 to shared\n");
        assertEquals(List.of(), codes(a), "a links its consumer to the one in b's editor (b's file has pb only)");
        editor.close();
        assertEquals(List.of(IssueCodes.UNKNOWN_CONSUMER), codes(a), "b's file again: no consumer 'shared'");
    }

    @Test
    void aRemovedConfigLeavesTheResourceSetAndTheIndex() throws Exception {
        Files.writeString(b, config("b", "edu0"));
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(a));
        Files.delete(b);
        ws.removed(b);
        assertEquals(List.of(), codes(a));
        URI bUri = URI.createFileURI(b.toAbsolutePath().normalize().toString());
        ws.read(a, parsed -> {
            Resource resource = parsed.resource().getResourceSet().getResource(bUri, false);
            assertNull(resource, "b is no longer loaded");
            assertNull(ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(parsed.resource().getResourceSet())
                    .getResourceDescription(bUri), "b is no longer indexed");
            return null;
        });
    }

    @Test
    void aBrokenBoardIsAnErrorUntilItIsFixedAndAChangedBoardRelinksWithoutParsing() throws Exception {
        Path board = dir.resolve("vm-q35.board");
        String good = Files.readString(board);
        assertEquals(List.of(), codes(a));

        Files.writeString(board, good.substring(0, good.length() / 2));
        ws.changed(board);
        List<Problem> broken = ws.validate(a);
        assertEquals(IssueCodes.UNKNOWN_BOARD, broken.get(0).code(), broken.toString());
        assertTrue(broken.get(0).message().contains("it cannot be read"), broken.get(0).message());

        Files.writeString(board, good);
        ws.changed(board);
        assertEquals(List.of(), codes(a));
        assertEquals("0000:00:05.0", ws.read(a, parsed -> parsed.config().getAssignments().get(0).getDevice().getSysfsName()));

        ConfigWorkspace.Stats before = ws.stats();
        Files.writeString(board, good.replace("edu0", "edu9"));
        ws.changed(board);
        List<Problem> renamed = ws.validate(a);
        assertEquals(List.of(IssueCodes.UNKNOWN_DEVICE), renamed.stream().map(Problem::code).toList(), "a links to the new board, not the old one");
        ConfigWorkspace.Stats after = ws.stats();
        assertEquals(before.loads() + 1, after.loads(), "only the board is loaded again: " + before + " -> " + after);
        assertTrue(after.relinks() >= before.relinks() + 2, "both configs relinked: " + after);
    }

    @Test
    void theChecksAcrossConfigsStayInTheConfigsFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path other = Files.writeString(sub.resolve("other.assign"), config("other", "edu0").replace("\"vm-q35.board\"", "\"../vm-q35.board\""));
        assertEquals(List.of(), codes(other));
        assertEquals(List.of(), codes(a), "the config of another folder (on the same board, in the same workspace and index) does not count");
        Path twin = Files.writeString(sub.resolve("twin.assign"), config("twin", "edu0").replace("\"vm-q35.board\"", "\"../vm-q35.board\""));
        ws.changed(twin);
        assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(other), "one of its own folder does");
    }

    @Test
    void aReaderSeesTheStateBeforeOrAfterAChangeNeverBetween() throws Exception {
        assertEquals(List.of(), codes(a));
        Overlay editor = ws.overlay(b);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // a change announced while a reader is inside a read neither waits for it nor shows in it
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch announced = new CountDownLatch(1);
            Future<Boolean> reader = pool.submit(() -> ws.read(a, parsed -> {
                inside.countDown();
                try {
                    assertTrue(announced.await(30, TimeUnit.SECONDS), "announcing waited for the read");
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                return hasTwice(parsed);
            }));
            assertTrue(inside.await(30, TimeUnit.SECONDS));
            editor.set(config("b", "edu0"));
            announced.countDown();
            assertFalse(reader.get(30, TimeUnit.SECONDS), "the read that was running saw the state before the change");
            assertEquals(List.of(IssueCodes.ASSIGNED_TWICE), codes(a), "the next read sees the state after it");

            // readers and an editor at full speed: every read sees b and a's problems of one state
            Future<List<String>> readers = pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    seen.add(ws.read(a, parsed -> {
                        String bText = textOf(parsed, b);
                        boolean consistent = hasTwice(parsed) == bText.contains("assign edu0");
                        return consistent ? bText.contains("edu0") ? "edu0" : "edu1" : "inconsistent: " + bText;
                    }));
                }
                return seen;
            });
            for (int i = 0; !readers.isDone(); i++) {
                editor.set(config("b", i % 2 == 0 ? "edu1" : "edu0"));
                Thread.sleep(1);
            }
            List<String> seen = readers.get();
            assertTrue(seen.stream().allMatch(s -> s.equals("edu0") || s.equals("edu1")), seen.toString());
        } finally {
            pool.shutdownNow();
            editor.close();
        }
    }

    private static boolean hasTwice(ParsedConfig parsed) {
        return parsed.validate(CancelIndicator.NullImpl).stream().anyMatch(issue -> IssueCodes.ASSIGNED_TWICE.equals(issue.getCode()));
    }

    private static String textOf(ParsedConfig parsed, Path file) {
        Resource resource = parsed.resource().getResourceSet().getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
        return ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult().getRootNode().getText();
    }

    @Test
    void aCancelledReadLeavesTheWorkspaceUsable() {
        OperationCanceledManager cancellation = INJECTOR.getInstance(OperationCanceledManager.class);
        Throwable cancelled = assertThrows(Throwable.class, () -> ws.read(a, () -> true, ParsedConfig::text));
        assertTrue(cancellation.isOperationCanceledException(cancelled), cancelled.toString());
        assertEquals(List.of(), codes(a));

        CancelIndicator untilChange = ws.cancelOnChange(CancelIndicator.NullImpl);
        assertFalse(untilChange.isCanceled());
        ws.changed(b);
        assertTrue(untilChange.isCanceled(), "a change cancels work on the state before it");
    }

    @Test
    void checksKeepTheLatestOutcomeAndReadLatestParsesNothing() throws Exception {
        assertEquals(Optional.empty(), ws.readLatest(a, ParsedConfig::text), "never read");
        List<Checked> told = new ArrayList<>();
        ws.addListener((parsed, checked) -> told.add(checked));
        Checked checked = ws.check(a, CancelIndicator.NullImpl);
        assertEquals(List.of(checked), told);
        assertSame(checked, ws.lastChecked(a));
        assertEquals(config("a", "edu0"), checked.text());
        assertEquals(ws.version(), checked.version(), "current");

        Overlay editor = ws.overlay(a);
        editor.set(config("a", "edu1"));
        assertTrue(ws.version() > checked.version(), "the check is older than the text now");
        long loads = ws.stats().loads();
        assertEquals(Optional.of(config("a", "edu0")), ws.readLatest(a, ParsedConfig::text), "the state as last read");
        assertEquals(loads, ws.stats().loads(), "nothing parsed");
        assertEquals(config("a", "edu1"), ws.read(a, ParsedConfig::text));
        ParsedConfig[] kept = new ParsedConfig[1];
        ws.read(a, parsed -> kept[0] = parsed);
        assertThrows(IllegalStateException.class, kept[0]::config, "a parse is lent for one read");
        editor.close();
    }

    /** A setup of another kind than the one that made the injector. */
    static final class OtherSetup extends AssignStandaloneSetup {
    }

    @Test
    void theProcessHasOneInjectorOfTheLanguage() {
        ConfigWorkspace plain = ConfigWorkspace.create();
        assertSame(INJECTOR, plain.injector(), "the IDE injector serves a request for the standalone one");
        assertSame(INJECTOR, AssignStandaloneSetup.doSetup());
        assertSame(INJECTOR, LanguageInjector.get());
        assertEquals(1, LanguageInjector.creations(), "one injector created, one EMF registration");
        assertEquals(AssignIdeSetup.class, LanguageInjector.createdBy());
        assertSame(INJECTOR, IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createFileURI("/x.assign"))
                .get(Injector.class), "EMF's registry holds the one injector's services");
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> new OtherSetup().createInjectorAndDoEMFRegistration());
        assertTrue(late.getMessage().contains("set it up with OtherSetup"), late.getMessage());
        assertEquals(1, LanguageInjector.creations());
    }
}

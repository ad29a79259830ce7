package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.testing.ScaleBoards;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One unknown name in a large config costs one unresolved-name message, whatever the config's size:
 * Xtext used to build such a message (with its "did you mean" over every name of the board) for
 * every link that resolved once the config held any error, which took the workbench's markers
 * seconds at 5,000 devices. Counted, not timed: the messages the language builds at two sizes.
 */
class UnknownNameCostTest {

    @TempDir
    Path dir;

    @Test
    void oneUnknownDeviceBuildsOneMessageAtAnySize() throws Exception {
        int small = messagesFor(dir.resolve("small"), 100);
        int large = messagesFor(dir.resolve("large"), 800);
        assertEquals(small, large, "messages built for one unknown name: " + small + " at 100 devices, " + large + " at 800");
        assertTrue(large >= 1 && large <= 3, "one unknown name, " + large + " messages built");
    }

    @Test
    void anUnknownGroupOnALargeBoardNamesTheNearestFewAndCountsTheRest() throws Exception {
        Path file = ScaleBoards.write(dir.resolve("groups"), 5_000);
        String text = Files.readString(file);
        int first = text.indexOf("assign ");
        Files.writeString(file, text.substring(0, first) + "assign group 2600 to drv0\n" + text.substring(first));
        ConfigWorkspace workspace = ConfigWorkspace.create();
        Problem unknown = workspace.read(file, parsed -> {
            List<Problem> problems = parsed.problems(file, CancelIndicator.NullImpl).stream()
                    .filter(p -> IssueCodes.UNKNOWN_GROUP.equals(p.code())).toList();
            assertEquals(1, problems.size(), problems::toString);
            return problems.get(0);
        });
        assertEquals("There is no IOMMU group 2600 on board scale5000: it has 2500 groups (numbered 0 to 2499); the nearest are"
                + " 2499, 2498, 2497, 2496, 2495.", unknown.message());
    }

    /** Writes a valid config of {@code devices} with one unknown device before its assignments, validates it. */
    private static int messagesFor(Path folder, int devices) throws java.io.IOException {
        Path file = ScaleBoards.write(folder, devices);
        String text = Files.readString(file);
        int first = text.indexOf("assign ");
        Files.writeString(file, text.substring(0, first) + "assign nothere to drv0\n" + text.substring(first));
        ConfigWorkspace workspace = ConfigWorkspace.create(); // private to this test: the model may be changed
        return workspace.read(file, parsed -> {
            // the resource's own messages, counted, and its links made again from the parse
            LazyLinkingResource resource = (LazyLinkingResource) parsed.resource();
            ILinkingDiagnosticMessageProvider language = resource.getDiagnosticMessageProvider();
            AtomicInteger built = new AtomicInteger();
            resource.setDiagnosticMessageProvider(context -> {
                built.incrementAndGet();
                return language.getUnresolvedProxyMessage(context);
            });
            resource.relink();
            List<Problem> problems = parsed.problems(file, CancelIndicator.NullImpl);
            List<Problem> unknown = problems.stream().filter(p -> IssueCodes.UNKNOWN_DEVICE.equals(p.code())).toList();
            assertEquals(1, unknown.size(), problems::toString);
            assertTrue(unknown.get(0).message().startsWith("There is no device 'nothere' on board scale" + devices), unknown.get(0).message());
            return built.get();
        });
    }
}

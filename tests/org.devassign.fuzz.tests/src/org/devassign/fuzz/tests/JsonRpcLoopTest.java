package org.devassign.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A short seeded run of the loop bench/fuzz/loop runs long: every mutated stream is answered or refused, none is a finding. */
class JsonRpcLoopTest {

    @Test
    void theDecoderSurvivesThousandsOfMutatedStreams() {
        JsonRpcLoop.Result result = JsonRpcLoop.run(7, 3000);
        assertEquals(0, result.crashes(), result.samples().toString());
        assertTrue(result.errors() > 300 && result.results() > 0, "mutated inputs are refused with errors, intact ones answered: " + result);
    }
}

package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.devassign.core.text.Plural;
import org.junit.jupiter.api.Test;

/** A count with its noun: singular for exactly one, whatever else the count is. */
class PluralTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals(List.of("0 devices", "1 device", "2 devices", "-1 devices", "1 VF", "7 VFs"),
                List.of(Plural.count(0, "device", "devices"), Plural.count(1, "device", "devices"), Plural.count(2, "device", "devices"),
                        Plural.count(-1, "device", "devices"), Plural.count(1, "VF", "VFs"), Plural.count(7, "VF", "VFs")));
    }
}

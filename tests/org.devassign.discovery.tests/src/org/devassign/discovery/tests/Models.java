package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;

/** Small lookups and checks on imported boards. */
final class Models {

    private Models() {
    }

    static Device bySysfsName(Board board, String sysfsName) {
        return board.getDevices().stream().filter(d -> sysfsName.equals(d.getSysfsName())).findFirst()
                .orElseThrow(() -> new AssertionError("no device " + sysfsName + " in " + board.getDevices().stream()
                        .map(Device::getSysfsName).toList()));
    }

    /** Asserts the model's own validation finds nothing. */
    static void assertValid(Board board) {
        List<String> problems = ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING).stream()
                .map(Diagnostic::getMessage).toList();
        assertEquals(List.of(), problems, "board " + board.getName() + " validates clean");
    }
}

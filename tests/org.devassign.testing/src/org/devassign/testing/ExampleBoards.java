package org.devassign.testing;

import java.nio.file.Path;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;

/**
 * The hand-written example boards (examples/*.board) and look-ups by model name, so that a test
 * takes a device's address, a region's size or a register's offset from the board model it
 * deploys instead of repeating the number.
 */
public final class ExampleBoards {

    private ExampleBoards() {
    }

    /** examples/vm-q35.board, loaded afresh. */
    public static Board q35() {
        return load(RepoFiles.example("vm-q35.board"));
    }

    public static Board load(Path file) {
        try {
            return BoardFiles.load(file);
        } catch (ModelFileException e) {
            throw new IllegalStateException("cannot read the example board " + file + ": " + e.getMessage(), e);
        }
    }

    public static Device device(Board board, String name) {
        return board.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("board " + board.getName() + " has no device " + name));
    }

    public static Region region(Device device, String name) {
        return device.getRegions().stream().filter(r -> name.equals(r.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("device " + device.getName() + " has no region " + name));
    }

    public static Register register(Board board, String device, String region, String name) {
        Region r = region(device(board, device), region);
        return r.getRegisters().stream().filter(x -> name.equals(x.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("region " + region + " of " + device + " has no register " + name));
    }
}

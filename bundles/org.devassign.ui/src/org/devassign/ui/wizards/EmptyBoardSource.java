package org.devassign.ui.wizards;

import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.io.BoardFiles;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A board with no devices yet, written by hand (its source is "hand"): the architecture is the one setting. */
final class EmptyBoardSource implements NewBoardSource {

    static final String[] ARCHITECTURES = { "x86_64", "aarch64", "arm", "ppc64le", "riscv64" };

    private Combo architecture;

    @Override
    public String description() {
        return "A board to fill in by hand: add devices, regions, interrupts and IOMMU groups in the board's editor.";
    }

    @Override
    public void createControls(Composite parent, Runnable changed) {
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(parent);
        new Label(parent, SWT.NONE).setText("&Architecture (uname -m):");
        architecture = new Combo(parent, SWT.DROP_DOWN);
        architecture.setItems(ARCHITECTURES);
        architecture.select(0);
        architecture.addListener(SWT.Modify, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(architecture);
    }

    @Override
    public String problem() {
        String text = architecture.getText().strip();
        return text.isEmpty() || text.matches("[A-Za-z0-9_]+") ? null
                : "The architecture is a word as 'uname -m' prints it (x86_64, aarch64...), not '" + text + "'.";
    }

    @Override
    public Writer writer() {
        String arch = architecture.getText().strip();
        return (file, name, monitor) -> {
            write(file, name, arch);
            return null;
        };
    }

    /** Writes a board named {@code name} with no devices; {@code arch} may be empty. */
    static void write(java.nio.file.Path file, String name, String arch) throws java.io.IOException {
        Board board = DevAssignFactory.eINSTANCE.createBoard();
        board.setName(name);
        board.setSource(BoardSource.HAND);
        if (!arch.isEmpty()) {
            board.setArchitecture(arch);
        }
        BoardFiles.save(board, file);
    }
}

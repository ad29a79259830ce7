package org.devassign.cli.commands;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.model.Board;
import org.devassign.model.edit.BoardOutline;

/** {@code devassign show BOARD}: the board as the Board Explorer shows it, as text. */
public final class ShowCommand implements Command {

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String summary() {
        return "print a board as a tree: devices, regions, interrupts, IOMMU groups";
    }

    @Override
    public String usage() {
        return "usage: devassign show BOARD.board";
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().size() != 1) {
            throw CommandFailure.usage("name one board file");
        }
        Board board = ModelInputs.loadBoard(args.positional().get(0));
        BoardOutline.standard().print(board, terminal.out());
        return 0;
    }
}

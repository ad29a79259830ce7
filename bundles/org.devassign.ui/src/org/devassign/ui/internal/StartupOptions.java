package org.devassign.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the command line asks the workbench to do at start-up. */
public record StartupOptions(List<Path> boards, Path screenshot) {

    public static StartupOptions parse(String[] args) {
        List<Path> boards = new ArrayList<>();
        Path screenshot = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            if ((arg.equals("-board") || arg.equals("--board")) && hasValue) {
                boards.add(Path.of(args[++i]));
            } else if ((arg.equals("-screenshot") || arg.equals("--screenshot")) && hasValue) {
                screenshot = Path.of(args[++i]);
            }
        }
        return new StartupOptions(List.copyOf(boards), screenshot);
    }
}

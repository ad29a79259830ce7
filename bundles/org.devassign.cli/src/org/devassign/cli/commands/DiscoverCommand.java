package org.devassign.cli.commands;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.ImportWarning;
import org.devassign.discovery.SkippedNode;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code devassign discover}: makes a board model from what the hardware says about itself, a sysfs
 * tree or a device tree. The board goes to the output file; a summary, the warnings and (with
 * {@code --verbose}) the skipped device-tree nodes go to stderr.
 */
public final class DiscoverCommand implements Command {

    @Override
    public String name() {
        return "discover";
    }

    @Override
    public String summary() {
        return "make a board model from a sysfs tree, a DTB or a DTS file";
    }

    @Override
    public String usage() {
        return """
                usage: devassign discover (--sysfs ROOT | --dtb FILE | --dts FILE [--include DIRS]) -o BOARD.board [--verbose]
                  --sysfs ROOT     a sysfs root: / on the board, or an unpacked snapshot (holds sys/ and proc/)
                  --dtb FILE       a flattened device tree
                  --dts FILE       a device-tree source (#include needs cpp)
                  --include DIRS   folders for /include/ and #include, separated by ':'
                  -o BOARD.board   where to write the board
                  --verbose        also list the device-tree nodes that did not become devices, and why
                Prints a summary and the warnings to stderr; exit code 1 when the input cannot be read.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--sysfs", "--dtb", "--dts", "--include", "-o", "--output");
    }

    @Override
    public Set<String> switches() {
        return Set.of("-v", "--verbose");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        String sysfs = args.option("--sysfs");
        String dtb = args.option("--dtb");
        String dts = args.option("--dts");
        int sources = (sysfs != null ? 1 : 0) + (dtb != null ? 1 : 0) + (dts != null ? 1 : 0);
        if (sources != 1) {
            throw CommandFailure.usage("name exactly one input: --sysfs ROOT, --dtb FILE or --dts FILE");
        }
        if (!args.positional().isEmpty()) {
            throw CommandFailure.usage("unexpected argument '" + args.positional().get(0) + "'");
        }
        String output = args.option("-o", "--output");
        if (output == null) {
            throw CommandFailure.usage("say where the board goes: -o BOARD.board");
        }
        if (args.option("--include") != null && dts == null) {
            throw CommandFailure.usage("--include applies to --dts only");
        }
        ImportResult result;
        try {
            if (sysfs != null) {
                result = BoardImport.sysfs(Path.of(sysfs));
            } else if (dtb != null) {
                result = BoardImport.dtb(Path.of(dtb));
            } else {
                result = BoardImport.dts(Path.of(dts), includeDirectories(args.option("--include")));
            }
        } catch (ModelFileException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
        Board board = result.board();
        try {
            BoardFiles.save(board, Path.of(output));
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "cannot write " + output + ": " + e.getMessage(), e);
        }
        report(result, Path.of(output), args.flag("-v", "--verbose"), terminal.err());
        return 0;
    }

    private static List<Path> includeDirectories(String option) {
        List<Path> directories = new ArrayList<>();
        if (option != null) {
            for (String dir : option.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    directories.add(Path.of(dir));
                }
            }
        }
        return directories;
    }

    private static void report(ImportResult result, Path output, boolean verbose, PrintStream err) {
        Board board = result.board();
        long pci = board.getDevices().stream().filter(PciDevice.class::isInstance).count();
        long platform = board.getDevices().stream().filter(PlatformDevice.class::isInstance).count();
        int regions = 0;
        int interrupts = 0;
        for (Device device : board.getDevices()) {
            regions += device.getRegions().size();
            interrupts += device.getInterrupts().size();
        }
        long disabled = result.skipped().stream().filter(s -> s.reason().startsWith("disabled")).count();
        err.printf("%s: board %s (%s%s%s): %d devices (%d PCI, %d platform), %d regions, %d interrupts, %d IOMMU groups%n",
                output, board.getName(), board.getSource().getLiteral(),
                board.getArchitecture() == null ? "" : ", " + board.getArchitecture(),
                board.getKernelVersion() == null ? "" : ", Linux " + board.getKernelVersion(), board.getDevices().size(), pci,
                platform, regions, interrupts, board.getIommuGroups().size());
        if (!result.skipped().isEmpty()) {
            err.printf("%d device-tree nodes with reg and compatible skipped (%d disabled)%s%n", result.skipped().size(), disabled,
                    verbose ? ":" : "; --verbose lists them");
            if (verbose) {
                for (SkippedNode skipped : result.skipped()) {
                    err.println("  skipped " + skipped);
                }
            }
        }
        for (ImportWarning warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        for (Diagnostic problem : ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING)) {
            err.println("warning: the imported board breaks a model rule: " + problem.getMessage());
        }
        err.println(result.warnings().size() + (result.warnings().size() == 1 ? " warning" : " warnings"));
    }
}

package org.devassign.ui.wizards;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.BoardImport;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The platform devices of a device tree: a compiled DTB, or a DTS source with its include folders. */
final class DeviceTreeBoardSource implements NewBoardSource {

    private Text tree;
    private Text includes;

    @Override
    public String description() {
        return "Imports a device tree as 'devassign discover --dtb/--dts' does: its platform devices, their registers and interrupts.";
    }

    @Override
    public void createControls(Composite parent, Runnable changed) {
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(parent);
        new Label(parent, SWT.NONE).setText("Device &tree:");
        tree = new Text(parent, SWT.BORDER);
        tree.addListener(SWT.Modify, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tree);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Br&owse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.dtb;*.dts", "*" });
            dialog.setFilterNames(new String[] { "Device trees (*.dtb, *.dts)", "All files" });
            String chosen = dialog.open();
            if (chosen != null) {
                tree.setText(chosen);
            }
        });
        new Label(parent, SWT.NONE).setText("&Include folders:");
        includes = new Text(parent, SWT.BORDER);
        includes.setMessage("for a DTS: folders of its #include files, separated by " + File.pathSeparator);
        includes.addListener(SWT.Modify, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(includes);
    }

    private static Path path(String text) {
        try {
            return text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private List<Path> includeFolders() {
        List<Path> folders = new ArrayList<>();
        for (String part : includes.getText().split(File.pathSeparator)) {
            Path folder = path(part);
            if (folder != null) {
                folders.add(folder);
            }
        }
        return folders;
    }

    @Override
    public String problem() {
        Path file = path(tree.getText());
        if (file == null) {
            return "Choose the device tree: a .dtb (compiled) or a .dts (source) file.";
        }
        if (!Files.isRegularFile(file)) {
            return file + " is not a file.";
        }
        if (!BoardImport.isDeviceTreeFile(file)) {
            return file.getFileName() + " is neither a .dtb nor a .dts file.";
        }
        for (Path folder : includeFolders()) {
            if (!Files.isDirectory(folder)) {
                return "The include folder " + folder + " does not exist.";
            }
        }
        return null;
    }

    @Override
    public Writer writer() {
        Path file = path(tree.getText());
        List<Path> folders = includeFolders();
        boolean source = file.getFileName().toString().endsWith(".dts") || file.getFileName().toString().endsWith(".dtsi");
        return (board, name, monitor) -> {
            monitor.subTask("Reading " + file);
            return Imports.save(source ? BoardImport.dts(file, folders) : BoardImport.dtb(file), board);
        };
    }
}

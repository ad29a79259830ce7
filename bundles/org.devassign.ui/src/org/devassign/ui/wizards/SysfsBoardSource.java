package org.devassign.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.devassign.discovery.BoardImport;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The devices, regions, interrupts and IOMMU groups a sysfs tree shows (discovery's sysfs importer). */
final class SysfsBoardSource implements NewBoardSource {

    private Text root;

    @Override
    public String description() {
        return "Reads /sys of this machine, or a copy of another machine's (the folder that holds sys/), as 'devassign discover --sysfs' does.";
    }

    @Override
    public void createControls(Composite parent, Runnable changed) {
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(parent);
        new Label(parent, SWT.NONE).setText("&Root folder:");
        root = new Text(parent, SWT.BORDER);
        root.setText("/");
        root.addListener(SWT.Modify, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Bro&wse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
            dialog.setMessage("The folder that holds sys/ (/ for this machine)");
            String chosen = dialog.open();
            if (chosen != null) {
                root.setText(chosen);
            }
        });
    }

    private Path rootPath() {
        try {
            return Path.of(root.getText().strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public String problem() {
        Path path = rootPath();
        if (path == null || root.getText().isBlank()) {
            return "Give the folder that holds sys/ (/ for this machine).";
        }
        return Files.isDirectory(path.resolve("sys")) ? null
                : path + " holds no sys/ folder: give / for this machine, or the folder a sysfs copy was unpacked in.";
    }

    @Override
    public Writer writer() {
        Path path = rootPath();
        return (file, name, monitor) -> {
            monitor.subTask("Reading " + path.resolve("sys"));
            return Imports.save(BoardImport.sysfs(path), file);
        };
    }
}

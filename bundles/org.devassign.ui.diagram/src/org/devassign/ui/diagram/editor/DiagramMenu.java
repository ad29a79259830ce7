package org.devassign.ui.diagram.editor;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramExport;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/**
 * The diagram's context menu, wherever the right click lands: on a shape that takes part in an
 * assignment, Remove Assignment first; then undo and redo, zoom, Arrange All (a fresh layout: the
 * diagram otherwise keeps every shape where it first stood), export.
 */
final class DiagramMenu {

    private final DiagramCanvas canvas;
    private final Function<Shape, Link> linkOf;
    private final Consumer<Shape> remove;
    private final IAction undo;
    private final IAction redo;
    private final Runnable arrange;
    /** The config's file name without its extension: the export's proposed file name. */
    private final String baseName;
    private double[] lastRightClick;

    DiagramMenu(DiagramCanvas canvas, Function<Shape, Link> linkOf, Consumer<Shape> remove, IAction undo, IAction redo,
            Runnable arrange, String baseName) {
        this.canvas = canvas;
        this.linkOf = linkOf;
        this.remove = remove;
        this.undo = undo;
        this.redo = redo;
        this.arrange = arrange;
        this.baseName = baseName;
    }

    /** Creates the menu and makes it the canvas's. */
    void install() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        canvas.addListener(SWT.MenuDetect, event -> {
            var point = canvas.toControl(event.x, event.y);
            var origin = canvas.toScreen(0, 0);
            double scale = canvas.zoom();
            lastRightClick = new double[] { (point.x - origin.x) / scale, (point.y - origin.y) / scale };
        });
        canvas.setMenu(menu.createContextMenu(canvas));
    }

    private void fill(IMenuManager manager) {
        Shape shape = lastRightClick == null ? null : canvas.diagram().shapeAt(lastRightClick[0], lastRightClick[1]);
        Link link = linkOf.apply(shape);
        if (link != null) {
            manager.add(action("Remove Assignment (" + shape.label() + " \u2192 " + link.consumer.name + ")\tDelete", () -> remove.accept(shape)));
            manager.add(new Separator());
        }
        manager.add(undo);
        manager.add(redo);
        manager.add(new Separator());
        manager.add(action("Zoom &In\tCtrl++", canvas::zoomIn));
        manager.add(action("Zoom &Out\tCtrl+-", canvas::zoomOut));
        manager.add(action("Zoom to &Fit\tCtrl+0", canvas::zoomToFit));
        manager.add(action("&Arrange All", arrange));
        manager.add(new Separator());
        manager.add(action("Export as PNG...", () -> export("png")));
        manager.add(action("Export as SVG...", () -> export("svg")));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void export(String format) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(baseName + "." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                DiagramExport.png(canvas.getDisplay(), canvas.diagram(), Path.of(target));
            } else {
                DiagramExport.svg(canvas.diagram(), Path.of(target));
            }
        } catch (java.io.IOException e) {
            MessageDialog.openError(canvas.getShell(), "Export", "Cannot write " + target + ": " + e.getMessage());
        }
    }
}

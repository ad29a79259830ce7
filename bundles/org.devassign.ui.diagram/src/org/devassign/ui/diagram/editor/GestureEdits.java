package org.devassign.ui.diagram.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.ui.quickfix.ConfigEdits;
import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.ui.diagram.edit.DiagramEdits;
import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the user's gestures on the diagram write into the config: a drop assigns, Delete removes
 * an assignment. The edits are computed in a job (the config workspace parses the text: never on
 * the UI thread) and applied on the UI thread as one undoable change, unless the text changed
 * meanwhile: the edits were for another text, so the gesture is not made and the status line says so.
 */
final class GestureEdits {

    /** The family of the jobs that compute a gesture's text edits (tests join them). */
    static final Object FAMILY = new Object();

    private final DiagramCanvas canvas;
    private final IDocument document;
    private final IDocumentUndoManager undo;
    private final Path path;
    private final Consumer<String> status;

    GestureEdits(DiagramCanvas canvas, IDocument document, IDocumentUndoManager undo, Path path, Consumer<String> status) {
        this.canvas = canvas;
        this.document = document;
        this.undo = undo;
        this.path = path;
        this.status = status;
    }

    /** The assignment a shape takes part in: its own, or its group's. */
    Link linkOf(Shape shape) {
        for (Link link : canvas.diagram().links) {
            if (link.device == shape || link.group == shape
                    || (shape instanceof DeviceBox device && link.group != null && link.group == device.group)) {
                return link;
            }
        }
        return null;
    }

    /** Removes the assignment the shape takes part in. */
    void remove(Shape shape) {
        Link link = linkOf(shape);
        if (link != null) {
            edit("Removing the assignment of " + shape.label(), parsed -> DiagramEdits.removeAssignment(parsed, link.line));
        }
    }

    /** Assigns the dropped device or group to the consumer. */
    void dropped(Shape source, ConsumerBox consumer) {
        edit("Assigning " + source.label() + " to " + consumer.name, parsed -> switch (source) {
            case GroupBox group -> DiagramEdits.assignGroup(parsed, group.id, consumer.name);
            case DeviceBox device -> DiagramEdits.assignDevice(parsed, device.name, consumer.name);
            default -> List.of();
        });
    }

    private void edit(String what, Function<ParsedConfig, List<TextEdit>> edits) {
        String text = document.get();
        var display = canvas.getDisplay();
        new Job(what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<TextEdit> computed = WorkbenchConfigs.get().modify(path, text, CancelIndicator.NullImpl, edits);
                display.asyncExec(() -> {
                    if (canvas.isDisposed()) {
                        return;
                    }
                    if (document.get().equals(text)) {
                        apply(computed);
                    } else {
                        status.accept(what + " not made: the config changed meanwhile. Please do it again.");
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        }.schedule();
    }

    /** Applies the edits as one undoable change. */
    private void apply(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        undo.beginCompoundChange();
        try {
            ConfigEdits.apply(document, edits);
        } finally {
            undo.endCompoundChange();
        }
    }
}

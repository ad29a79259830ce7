package org.devassign.ui.boardeditor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and redo of a board editor's command stack, as the workbench's global Edit actions (so the
 * Edit menu and Ctrl+Z / Ctrl+Y reach them while the editor is active).
 */
final class CommandStackActions {

    private final CommandStack stack;
    final Action undo;
    final Action redo;

    CommandStackActions(CommandStack stack) {
        this.stack = stack;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action() {
            @Override
            public void run() {
                stack.undo();
            }
        };
        undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo = new Action() {
            @Override
            public void run() {
                stack.redo();
            }
        };
        redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        update();
    }

    /** Enables each action when the stack can take it, named after the command it would undo or redo. */
    void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText("&Undo " + label(stack.getUndoCommand()));
        redo.setEnabled(stack.canRedo());
        redo.setText("&Redo " + label(stack.getRedoCommand()));
    }

    private static String label(Command command) {
        return command == null || command.getLabel() == null ? "" : command.getLabel();
    }
}

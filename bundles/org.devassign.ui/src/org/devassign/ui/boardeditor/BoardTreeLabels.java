package org.devassign.ui.boardeditor;

import java.util.List;

import org.devassign.model.edit.BoardOutline;
import org.devassign.ui.internal.EmfImages;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** The board tree's texts and icons; an element with a problem (or holding one) shows the problem's icon. */
final class BoardTreeLabels extends ColumnLabelProvider {

    private final BoardOutline outline;
    private final EmfImages images;
    private final BoardProblems problems;

    BoardTreeLabels(BoardOutline outline, EmfImages images, BoardProblems problems) {
        this.outline = outline;
        this.images = images;
        this.problems = problems;
    }

    @Override
    public String getText(Object element) {
        return outline.text(element);
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (problems.severity(element)) {
            case IMarker.SEVERITY_ERROR -> shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case IMarker.SEVERITY_WARNING -> shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            default -> images.get(outline.image(element));
        };
    }

    @Override
    public String getToolTipText(Object element) {
        List<String> messages = problems.messages(element);
        return messages.isEmpty() ? null : String.join("\n", messages);
    }
}

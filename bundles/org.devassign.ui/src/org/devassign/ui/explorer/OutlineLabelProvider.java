package org.devassign.ui.explorer;

import org.devassign.model.edit.BoardOutline;
import org.devassign.ui.internal.EmfImages;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Texts and icons of {@link BoardOutline} for SWT. */
final class OutlineLabelProvider extends LabelProvider {

    private final BoardOutline outline;
    private final EmfImages images;

    OutlineLabelProvider(BoardOutline outline, EmfImages images) {
        this.outline = outline;
        this.images = images;
    }

    @Override
    public String getText(Object element) {
        return outline.text(element);
    }

    @Override
    public Image getImage(Object element) {
        return images.get(outline.image(element));
    }
}

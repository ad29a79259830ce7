package org.devassign.ui;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Board Explorer on the left, the editor area in the middle, Properties below. */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.devassign.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(BoardExplorerView.ID, IPageLayout.LEFT, 0.6f, editors);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.6f, BoardExplorerView.ID);
    }
}

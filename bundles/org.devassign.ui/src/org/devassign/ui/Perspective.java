package org.devassign.ui;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Board Explorer and Project Explorer on the left, editors (.assign text and diagrams) in the middle with the Outline
 * beside them, Problems and Properties below.
 */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.devassign.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(BoardExplorerView.ID);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
        // the welcome page shows over the editors until the example project opens
        layout.addPlaceholder(org.devassign.ui.welcome.WelcomeView.ID, IPageLayout.TOP, 0.9f, editors);
    }
}

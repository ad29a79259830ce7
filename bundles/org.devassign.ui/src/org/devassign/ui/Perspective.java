package org.devassign.ui;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Project Explorer and Board Explorer on the left, editors (.assign text and diagrams) in the middle
 * with the Outline beside them, Problems and Properties below (Progress and the Error Log open
 * there too). File &gt; New lists the DevAssign wizards, Window &gt; Show View the views a DevAssign
 * user needs.
 */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.devassign.ui.perspective";
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";
    /** The New wizards of org.devassign.ui (plugin.xml). */
    public static final String NEW_PROJECT = "org.devassign.ui.wizards.newProject";
    public static final String NEW_CONFIG = "org.devassign.ui.wizards.newConfig";
    public static final String NEW_BOARD = "org.devassign.ui.wizards.newBoard";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        left.addView(BoardExplorerView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(PROGRESS_VIEW);
        bottom.addPlaceholder(ERROR_LOG_VIEW);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
        // the welcome page shows over the editors until the example project opens
        layout.addPlaceholder(org.devassign.ui.welcome.WelcomeView.ID, IPageLayout.TOP, 0.9f, editors);

        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, BoardExplorerView.ID, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET, PROGRESS_VIEW, ERROR_LOG_VIEW }) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut(NEW_PROJECT);
        layout.addNewWizardShortcut(NEW_CONFIG);
        layout.addNewWizardShortcut(NEW_BOARD);
    }
}

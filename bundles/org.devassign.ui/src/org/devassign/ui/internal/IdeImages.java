package org.devassign.ui.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * The images of org.eclipse.ui.ide's views (Problems, Project Explorer, Save As, Quick Fix) by the
 * names those views ask for. The IDE's own application declares them in its workbench advisor; a
 * product with its own advisor must, or the views draw placeholder squares. The names are the
 * values of IDE.SharedImages and of the IDE's internal image table (plain strings, so no internal
 * class is needed); the files are those the IDE application names.
 */
final class IdeImages {

    /** name, path under the IDE bundle's icons/full/, shared (disposed by the workbench) or not. */
    private static final String[][] IMAGES = { { "IMG_OBJS_ERROR_PATH", "obj16/error_tsk.svg" }, { "IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.svg" },
            { "IMG_OBJS_INFO_PATH", "obj16/info_tsk.svg" }, { "IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.svg" },
            { "IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.svg" }, { "IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.svg" },
            { IDE.SharedImages.IMG_OBJ_PROJECT, "obj16/prj_obj.svg" }, { IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "obj16/cprj_obj.svg" },
            { IDE.SharedImages.IMG_OPEN_MARKER, "elcl16/gotoobj_tsk.svg" }, { IDE.SharedImages.IMG_OBJS_TASK_TSK, "obj16/taskmrk_tsk.svg" },
            { IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "obj16/bkmrk_tsk.svg" }, { "IMG_OBJS_COMPLETE_TSK", "obj16/complete_tsk.svg" },
            { "IMG_OBJS_INCOMPLETE_TSK", "obj16/incomplete_tsk.svg" }, { "IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.svg" },
            { "IMG_DLCL_QUICK_FIX_DISABLED", "elcl16/smartmode_co.svg" }, { "IMG_LCL_FLAT_LAYOUT", "elcl16/flatLayout.svg" },
            { "IMG_LCL_HIERARCHICAL_LAYOUT", "elcl16/hierarchicalLayout.svg" }, { "IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.svg" },
            { "IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.svg" }, { "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.svg" },
            { "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.svg" },
            { "IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.svg" }, { "IMG_ETOOL_NEXT_NAV", "etool16/next_nav.svg" },
            { "IMG_ETOOL_PREVIOUS_NAV", "etool16/prev_nav.svg" }, { "IMG_WIZBAN_NEWPRJ_WIZ", "wizban/newprj_wiz.svg" },
            { "IMG_WIZBAN_NEWFOLDER_WIZ", "wizban/newfolder_wiz.svg" }, { "IMG_WIZBAN_NEWFILE_WIZ", "wizban/newfile_wiz.svg" },
            { "IMG_DLGBAN_SAVEAS_DLG", "wizban/saveas_wiz.svg" }, { "IMG_DLGBAN_QUICKFIX_DLG", "wizban/quick_fix.svg" } };

    private IdeImages() {
    }

    /** Declares every image of the table that the IDE bundle has; returns how many it declared. */
    static int declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        if (ide == null) {
            return 0;
        }
        int declared = 0;
        for (String[] image : IMAGES) {
            URL url = FileLocator.find(ide, IPath.fromPortableString("$nl$/icons/full/" + image[1]), null);
            if (url != null) {
                configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), true);
                declared++;
            }
        }
        return declared;
    }
}

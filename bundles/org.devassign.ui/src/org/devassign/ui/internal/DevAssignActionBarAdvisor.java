package org.devassign.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The menus of the DevAssign window, built from the workbench's own actions so that they carry the
 * standard keys (Ctrl+N, Ctrl+S, Ctrl+Z, Ctrl+F...) and follow the active part: Undo in the text
 * editor undoes typing, Delete in the Project Explorer deletes a file. Every menu keeps an
 * {@code additions} group for the other DevAssign bundles (the deploy views add to Window, the
 * editor adds Format Config to Edit).
 */
public class DevAssignActionBarAdvisor extends ActionBarAdvisor {

    /**
     * Window lists these directly (the platform views a DevAssign user needs). Mnemonics are unique in
     * the menu with the deploy bundle's views (Targets, Deployments, Registers, Interrupts).
     */
    static final String[][] VIEWS = { { "org.eclipse.ui.navigator.ProjectExplorer", "&Project Explorer" },
            { "org.devassign.ui.boardExplorer", "&Board Explorer" }, { "org.eclipse.ui.views.ProblemView", "Proble&ms" },
            { "org.eclipse.ui.views.ContentOutline", "&Outline" }, { "org.eclipse.ui.views.PropertySheet", "Propert&ies" },
            { "org.eclipse.ui.views.ProgressView", "Pro&gress" }, { "org.eclipse.pde.runtime.LogView", "Error &Log" } };

    /** The Edit menu's group of the text editors' assists (their contributor adds Word Completion to it). */
    static final String ASSIST_GROUP = "group.assist";

    private IWorkbenchWindow window;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction refresh;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction find;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private Action about;
    private IWorkbenchAction newDropDown;
    private IContributionItem newShortlist;
    private IContributionItem viewShortlist;

    public DevAssignActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow workbenchWindow) {
        window = workbenchWindow;
        // Ctrl+N opens the New wizard dialog: registering the action activates its handler
        register(ActionFactory.NEW.create(window));
        newShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        newDropDown = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        closeAll = register(ActionFactory.CLOSE_ALL.create(window));
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        refresh = register(ActionFactory.REFRESH.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        find = register(ActionFactory.FIND.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        about = new Action("&About " + AboutDialog.productName()) {
            @Override
            public void run() {
                new AboutDialog(window).open();
            }
        };
        about.setId(ActionFactory.ABOUT.getId());
        viewShortlist = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    /** The main toolbar: New (with the wizards of the perspective) and Save; other bundles add to it. */
    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        main.add(newDropDown);
        main.add(save);
        main.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(main, "org.devassign.ui.main"));
    }

    private MenuManager fileMenu() {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(newShortlist);
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(command("org.devassign.ui.openBoard", "&Open Board..."));
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator());
        file.add(refresh);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return file;
    }

    private MenuManager editMenu() {
        // the groups are those of the IDE's Edit menu: text editors add Find Next and the like to them
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new Separator());
        edit.add(find);
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        // the text editor's commands (keys bound by org.eclipse.ui.workbench.texteditor: Ctrl+Space, Ctrl+1)
        edit.add(new Separator(ASSIST_GROUP));
        edit.add(command("org.eclipse.ui.edit.text.contentAssist.proposals", "Content Assi&st"));
        edit.add(command("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", "Quick Fi&x"));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        return edit;
    }

    private MenuManager windowMenu() {
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(viewShortlist);
        windowMenu.add(showView);
        windowMenu.add(new Separator());
        for (String[] view : VIEWS) {
            windowMenu.add(showViewCommand(view[0], view[1]));
        }
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(resetPerspective);
        windowMenu.add(preferences);
        return windowMenu;
    }

    private MenuManager helpMenu() {
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(showViewCommand("org.devassign.ui.welcome", "&Welcome"));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        return help;
    }

    private IContributionItem command(String id, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, id,
                CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new CommandContributionItem(parameter);
    }

    private IContributionItem showViewCommand(String viewId, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, "org.eclipse.ui.views.showView",
                CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        parameter.parameters = java.util.Map.of("org.eclipse.ui.views.showView.viewId", viewId);
        return new CommandContributionItem(parameter);
    }
}

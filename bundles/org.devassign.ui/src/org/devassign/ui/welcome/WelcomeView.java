package org.devassign.ui.welcome;

import org.devassign.ui.preferences.TargetsPreferencePage;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * The welcome page: the job in three steps, the example project, where targets are set up. It sits
 * above the editor area and takes most of it, so it steps aside as soon as any editor opens (from the
 * example, the Project Explorer or File > Open), as Eclipse's own intro does: otherwise the editor
 * would open one line high.
 */
public class WelcomeView extends ViewPart {

    public static final String ID = "org.devassign.ui.welcome";

    private Button openExamples;

    private final IPartListener2 editorOpened = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference part) {
            if (part instanceof IEditorReference) {
                getSite().getShell().getDisplay().asyncExec(WelcomeView.this::stepAside);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        getSite().getPage().addPartListener(editorOpened);
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite page = new Composite(scroll, SWT.NONE);
        scroll.setContent(page);
        scroll.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(28, 24).spacing(16, 10).applyTo(page);

        Label logo = new Label(page, SWT.NONE);
        Image image = org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("/icons/devassign64.png")).createImage();
        logo.setImage(image);
        logo.addDisposeListener(e -> image.dispose());
        GridDataFactory.swtDefaults().span(1, 2).applyTo(logo);
        Label title = new Label(page, SWT.NONE);
        title.setText("Welcome to DevAssign");
        title.setFont(JFaceResources.getHeaderFont());
        Label tagline = new Label(page, SWT.WRAP);
        tagline.setText("Give the devices of a Linux board to VMs and user-space drivers through VFIO: one model of the board,"
                + " one config of who gets what, checked before anything touches the hardware.");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(tagline);

        new Label(page, SWT.NONE);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(buttons);
        openExamples = new Button(buttons, SWT.PUSH);
        openExamples.setText("Open the Example Project");
        openExamples.addListener(SWT.Selection, e -> openExamples());
        Button board = new Button(buttons, SWT.PUSH);
        board.setText("Open a Board...");
        board.addListener(SWT.Selection, e -> {
            try {
                getSite().getService(IHandlerService.class).executeCommand("org.devassign.ui.openBoard", null);
            } catch (org.eclipse.core.commands.common.CommandException ex) {
                MessageDialog.openError(getSite().getShell(), "Open Board", ex.getMessage());
            }
        });
        Button targets = new Button(buttons, SWT.PUSH);
        targets.setText("Targets and Certificates...");
        targets.addListener(SWT.Selection, e -> PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), TargetsPreferencePage.ID,
                new String[] { TargetsPreferencePage.ID, org.devassign.ui.preferences.CertificatesPreferencePage.ID }, null).open());

        step(page, "1", "Look at the board", "The Board Explorer shows a board's devices, their regions and interrupts, and the IOMMU"
                + " groups VFIO opens them by. File > Open Board reads .board models and device trees (.dtb, .dts).");
        step(page, "2", "Say who gets what", "A config (.assign) names the board and assigns devices or whole groups to consumers."
                + " Type it (problems show as you type, Ctrl+Space proposes devices, Ctrl+1 fixes) or drag devices onto consumers in"
                + " the diagram (right-click the text > Open Assignment Diagram).");
        step(page, "3", "Deploy", "Targets (the agents on the boards) and their certificates are set in the preferences.");
        scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));

    }

    private static void step(Composite page, String number, String heading, String text) {
        Label badge = new Label(page, SWT.CENTER);
        badge.setText(number);
        badge.setFont(JFaceResources.getBannerFont());
        badge.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).hint(64, SWT.DEFAULT).applyTo(badge);
        Composite body = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
        Label head = new Label(body, SWT.NONE);
        head.setText(heading);
        head.setFont(JFaceResources.getBannerFont());
        Label words = new Label(body, SWT.WRAP);
        words.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(words);
    }

    /** What the "Open the Example Project" button does: a job (progress in the status line); the editors open when it is done. */
    public org.eclipse.core.runtime.jobs.Job openExamples() {
        return ExampleProject.open(getSite().getPage());
    }

    private void stepAside() {
        IWorkbenchPage page = getSite().getPage();
        if (page.findView(ID) == this) {
            page.hideView(this);
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorOpened);
        super.dispose();
    }

    @Override
    public void setFocus() {
        openExamples.setFocus();
    }
}

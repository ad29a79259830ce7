package org.devassign.ui.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Help &gt; About DevAssign: the product's about text in full, in a dialog sized to it (the platform's
 * About dialog gives its text a fixed box and cut ours), with the platform's Installation Details one
 * button away.
 */
final class AboutDialog extends Dialog {

    static final int DETAILS_ID = IDialogConstants.CLIENT_ID + 1;
    /** The width the text wraps at, in characters. */
    static final int WIDTH_CHARS = 72;

    private final IWorkbenchWindow window;

    AboutDialog(IWorkbenchWindow window) {
        super(window.getShell());
        this.window = window;
    }

    static String productName() {
        IProduct product = Platform.getProduct();
        return product == null || product.getName() == null ? "DevAssign" : product.getName();
    }

    /** The product's about text, with its hand-made line breaks joined back into paragraphs (the dialog wraps them). */
    static String aboutText() {
        IProduct product = Platform.getProduct();
        String text = product == null ? null : product.getProperty("aboutText");
        if (text == null) {
            return productName();
        }
        return text.replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About " + productName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 8).applyTo(area);
        Label logo = new Label(area, SWT.NONE);
        Image image = ImageDescriptor.createFromURL(AboutDialog.class.getResource("/icons/devassign64.png")).createImage();
        logo.setImage(image);
        logo.addDisposeListener(e -> image.dispose());
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(logo);
        Label text = new Label(area, SWT.WRAP);
        text.setText(aboutText());
        int width = convertWidthInCharsToPixels(WIDTH_CHARS);
        GridDataFactory.fillDefaults().grab(true, true).hint(width, SWT.DEFAULT).applyTo(text);
        text.setFont(JFaceResources.getDialogFont());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, DETAILS_ID, "&Installation Details", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == DETAILS_ID) {
            try {
                window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.installationDialog", null);
            } catch (CommandException e) {
                ILog.of(AboutDialog.class).error("cannot show the installation details", e);
            }
            return;
        }
        super.buttonPressed(id);
    }
}

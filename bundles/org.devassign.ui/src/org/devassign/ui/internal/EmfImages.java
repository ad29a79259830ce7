package org.devassign.ui.internal;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns EMF.Edit's image objects (URLs, composed images) into SWT images, owned by a control and
 * disposed with it. EMF's own ExtendedImageRegistry lives in emf.edit.ui, which is not on Maven Central.
 */
public final class EmfImages {

    private final LocalResourceManager resources;

    public EmfImages(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    public Image get(Object emfImage) {
        URL url = urlOf(emfImage);
        return url == null ? null : resources.create(ImageDescriptor.createFromURL(url));
    }

    private static URL urlOf(Object emfImage) {
        if (emfImage instanceof URL url) {
            return url;
        }
        if (emfImage instanceof ComposedImage composed) {
            // overlays decorate; the first image is the element's own icon
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : urlOf(images.get(0));
        }
        return null;
    }
}

package org.devassign.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/** Writes what a control shows to a PNG file: for the README, CI artifacts and UI tests. */
public final class Screenshots {

    private Screenshots() {
    }

    public static void write(Control control, Path png) throws IOException {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            // Control.print draws the widget tree itself: no window manager or compositor needed (Xvfb).
            if (!control.print(gc)) {
                throw new IOException("this platform cannot print the window's contents");
            }
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path absolute = png.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            loader.save(absolute.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}

package org.devassign.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.testing.RepoFiles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Screenshots of a control (a shell, a popup) as drawn now, into target/screenshots of the repository. */
public final class Shots {

    private Shots() {
    }

    /** Writes {@code name}.png and returns its path; Control.print draws the widgets itself (no window manager needed). */
    public static Path take(Control control, String name) throws IOException {
        Waits.flush();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            if (!control.print(gc)) {
                throw new IOException("this platform cannot print the window's contents");
            }
        } finally {
            gc.dispose();
        }
        return save(image, name);
    }

    /**
     * Writes the whole screen as the X server composes it (stacking and popups included, which
     * {@link #take} does not show) to {@code name}.png.
     */
    public static Path screen(Display display, String name) throws IOException {
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        return save(image, name);
    }

    /** Saves the image as target/screenshots/{@code name}.png and disposes of it. */
    private static Path save(Image image, String name) throws IOException {
        Path png = RepoFiles.artifacts("screenshots").resolve(name + ".png");
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Files.createDirectories(png.getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return png;
    }
}

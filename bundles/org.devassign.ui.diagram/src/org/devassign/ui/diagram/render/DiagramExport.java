package org.devassign.ui.diagram.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.ui.diagram.model.Diagram;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** The whole diagram as a PNG (through SWT) or an SVG file. */
public final class DiagramExport {

    /** PNGs larger than this are refused: a picture of thousands of devices belongs in SVG. */
    public static final int MAX_PNG_PIXELS = 16_000;

    private DiagramExport() {
    }

    public static void png(Display display, Diagram diagram, Path file) throws IOException {
        int width = (int) Math.ceil(diagram.width);
        int height = (int) Math.ceil(diagram.height);
        if (width > MAX_PNG_PIXELS || height > MAX_PNG_PIXELS) {
            throw new IOException("the diagram is " + width + "x" + height + " pixels, too large for a PNG (at most " + MAX_PNG_PIXELS
                    + " each way): export it as SVG instead.");
        }
        Image image = new Image(display, Math.max(1, width), Math.max(1, height));
        try {
            GC gc = new GC(image);
            try (GcGraphics graphics = new GcGraphics(gc, 0, 0)) {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                DiagramPainter.paintAll(graphics, diagram);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            loader.save(absolute.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    public static String svg(Diagram diagram) {
        SvgGraphics svg = new SvgGraphics(diagram.width, diagram.height);
        DiagramPainter.paintAll(svg, diagram);
        return svg.document();
    }

    public static void svg(Diagram diagram, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Files.writeString(absolute, svg(diagram));
    }
}

package org.devassign.ui.diagram.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;

/** Draws on an SWT GC, shifted by a scroll origin (screen = diagram - origin). The fonts are disposed with it. */
public final class GcGraphics implements Graphics, AutoCloseable {

    private final GC gc;
    private final double dx;
    private final double dy;
    private final Font normal;
    private final Font bold;
    private final Font small;

    public GcGraphics(GC gc, double originX, double originY) {
        this.gc = gc;
        this.dx = -originX;
        this.dy = -originY;
        FontData base = gc.getDevice().getSystemFont().getFontData()[0];
        int height = Math.max(8, Math.min(base.getHeight(), 10));
        normal = new Font(gc.getDevice(), base.getName(), height, SWT.NORMAL);
        bold = new Font(gc.getDevice(), base.getName(), height, SWT.BOLD);
        small = new Font(gc.getDevice(), base.getName(), height - 1, SWT.NORMAL);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private static Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private int x(double x) {
        return (int) Math.round(x + dx);
    }

    private int y(double y) {
        return (int) Math.round(y + dy);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, int rgb) {
        gc.setBackground(colour(rgb));
        gc.fillRoundRectangle(x(x), y(y), (int) w, (int) h, (int) arc, (int) arc);
    }

    @Override
    public void drawRoundRect(double x, double y, double w, double h, double arc, int rgb, double lineWidth) {
        gc.setForeground(colour(rgb));
        gc.setLineWidth((int) Math.round(lineWidth));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawRoundRectangle(x(x), y(y), (int) w - 1, (int) h - 1, (int) arc, (int) arc);
    }

    @Override
    public void drawPolyline(double[] xy, int rgb, double lineWidth, boolean dashed) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            points[i] = x(xy[i]);
            points[i + 1] = y(xy[i + 1]);
        }
        gc.setForeground(colour(rgb));
        gc.setLineWidth((int) Math.round(lineWidth));
        gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    @Override
    public void fillPolygon(double[] xy, int rgb) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            points[i] = x(xy[i]);
            points[i + 1] = y(xy[i + 1]);
        }
        gc.setBackground(colour(rgb));
        gc.fillPolygon(points);
    }

    @Override
    public void fillOval(double x, double y, double w, double h, int rgb) {
        gc.setBackground(colour(rgb));
        gc.fillOval(x(x), y(y), (int) w, (int) h);
    }

    @Override
    public void drawText(String text, double x, double y, int rgb, boolean isBold, boolean isSmall) {
        gc.setForeground(colour(rgb));
        gc.setFont(isBold ? bold : isSmall ? small : normal);
        gc.drawText(text, x(x), y(y), true);
    }

    @Override
    public void close() {
        normal.dispose();
        bold.dispose();
        small.dispose();
    }
}

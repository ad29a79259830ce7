package org.devassign.ui.diagram.render;

/** The few drawing operations the diagram needs; colours are 0xRRGGBB; coordinates are the diagram's. */
public interface Graphics {

    void fillRoundRect(double x, double y, double w, double h, double arc, int rgb);

    void drawRoundRect(double x, double y, double w, double h, double arc, int rgb, double lineWidth);

    void drawPolyline(double[] xy, int rgb, double lineWidth, boolean dashed);

    void fillPolygon(double[] xy, int rgb);

    void fillOval(double x, double y, double w, double h, int rgb);

    /** Text with its top-left corner at (x, y). */
    void drawText(String text, double x, double y, int rgb, boolean bold, boolean small);
}

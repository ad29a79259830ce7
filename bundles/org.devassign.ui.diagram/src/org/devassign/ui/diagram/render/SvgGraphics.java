package org.devassign.ui.diagram.render;

import java.util.Locale;

/** Writes the drawing as SVG elements (text stays text: searchable, scalable). */
public final class SvgGraphics implements Graphics {

    private final StringBuilder svg = new StringBuilder();
    private final double width;
    private final double height;

    public SvgGraphics(double width, double height) {
        this.width = width;
        this.height = height;
    }

    private static String c(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, int rgb) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\" rx=\"").append(n(arc / 2)).append("\" fill=\"").append(c(rgb)).append("\"/>\n");
    }

    @Override
    public void drawRoundRect(double x, double y, double w, double h, double arc, int rgb, double lineWidth) {
        svg.append("<rect x=\"").append(n(x + 0.5)).append("\" y=\"").append(n(y + 0.5)).append("\" width=\"").append(n(w - 1))
                .append("\" height=\"").append(n(h - 1)).append("\" rx=\"").append(n(arc / 2)).append("\" fill=\"none\" stroke=\"")
                .append(c(rgb)).append("\" stroke-width=\"").append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void drawPolyline(double[] xy, int rgb, double lineWidth, boolean dashed) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(c(rgb)).append("\" stroke-width=\"").append(n(lineWidth)).append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append(" points=\"").append(points(xy)).append("\"/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, int rgb) {
        svg.append("<polygon fill=\"").append(c(rgb)).append("\" points=\"").append(points(xy)).append("\"/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h, int rgb) {
        svg.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2)).append("\" rx=\"").append(n(w / 2))
                .append("\" ry=\"").append(n(h / 2)).append("\" fill=\"").append(c(rgb)).append("\"/>\n");
    }

    @Override
    public void drawText(String text, double x, double y, int rgb, boolean bold, boolean small) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + (small ? 10 : 11))).append("\" fill=\"").append(c(rgb))
                .append("\" font-size=\"").append(small ? "10" : "11").append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    private static String points(double[] xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return points.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The finished document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\""
                + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" font-family=\"sans-serif\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + svg + "</svg>\n";
    }
}

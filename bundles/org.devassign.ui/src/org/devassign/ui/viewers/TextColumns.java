package org.devassign.ui.viewers;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Text columns of a table whose rows are one record type: every table of the workbench (targets,
 * deployments, registers, interrupts, the fleet) shows its rows this way. A cell of another type
 * (a placeholder row) shows nothing rather than failing a cast. A text longer than a cell usually
 * shows is also the cell's tooltip, where the viewer enables tooltips
 * ({@link org.eclipse.jface.viewers.ColumnViewerToolTipSupport}).
 */
public final class TextColumns {

    /** Texts at least this long are offered as tooltips: shorter ones fit their cells. */
    private static final int TOOLTIP_FROM = 31;

    private TextColumns() {
    }

    /** Adds a column showing {@code text} of each row of {@code type}. */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        return add(viewer, title, width, type, text, row -> null);
    }

    /** Adds a column showing {@code text} of each row of {@code type} in {@code colour} (null: the table's). */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text,
            Function<T, Color> colour) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String shown = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return shown == null ? "" : shown;
            }

            @Override
            public Color getForeground(Object element) {
                return type.isInstance(element) ? colour.apply(type.cast(element)) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                String full = getText(element);
                return full.length() >= TOOLTIP_FROM ? full : null;
            }
        });
        return column;
    }
}

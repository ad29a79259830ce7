package org.devassign.ui.deploy.fleet;

import java.util.function.Function;

import org.devassign.ui.viewers.TextColumns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * The Fleet view's two tables: the boards ({@link BoardRow}, several may be selected, offline ones
 * in grey) and a rollout's boards ({@link RolloutRows.Row}, those that need a look in red). Rows are
 * matched by board name, so a selection outlives the refreshes that change a board's texts.
 */
final class FleetTables {

    private FleetTables() {
    }

    static TableViewer boards(Composite parent) {
        TableViewer viewer = viewer(parent, SWT.MULTI);
        Color grey = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        TextColumns.add(viewer, "Board", 120, BoardRow.class, BoardRow::board, r -> r.online() ? null : grey);
        TextColumns.add(viewer, "State", 70, BoardRow.class, BoardRow::state, r -> r.online() ? null : grey);
        TextColumns.add(viewer, "Kernel", 130, BoardRow.class, BoardRow::kernel, r -> r.online() ? null : grey);
        TextColumns.add(viewer, "Labels", 230, BoardRow.class, BoardRow::labels, r -> r.online() ? null : grey);
        TextColumns.add(viewer, "Deployed", 260, BoardRow.class, BoardRow::deployed, r -> r.online() ? null : grey);
        TextColumns.add(viewer, "Identity", 220, BoardRow.class, BoardRow::identity, r -> r.online() ? null : grey);
        viewer.setComparer(comparer(BoardRow.class, BoardRow::board));
        return viewer;
    }

    static TableViewer rollout(Composite parent) {
        TableViewer viewer = viewer(parent, SWT.SINGLE);
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        TextColumns.add(viewer, "Board", 120, RolloutRows.Row.class, RolloutRows.Row::board, r -> r.needsLook() ? red : null);
        TextColumns.add(viewer, "Wave", 100, RolloutRows.Row.class, RolloutRows.Row::wave, r -> null);
        TextColumns.add(viewer, "Status", 110, RolloutRows.Row.class, RolloutRows.Row::status, r -> r.needsLook() ? red : null);
        TextColumns.add(viewer, "Detail", 500, RolloutRows.Row.class, RolloutRows.Row::detail, r -> null);
        viewer.setComparer(comparer(RolloutRows.Row.class, RolloutRows.Row::board));
        return viewer;
    }

    private static TableViewer viewer(Composite parent, int selection) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | selection);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        // details (a failure's reason, long label lists) are longer than their cells: the whole text as the tooltip
        ColumnViewerToolTipSupport.enableFor(viewer);
        return viewer;
    }


    private static <T> IElementComparer comparer(Class<T> type, Function<T, String> key) {
        return new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return type.isInstance(a) && type.isInstance(b) ? key.apply(type.cast(a)).equals(key.apply(type.cast(b))) : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return type.isInstance(element) ? key.apply(type.cast(element)).hashCode() : element.hashCode();
            }
        };
    }
}

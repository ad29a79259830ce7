package org.devassign.ui.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.Shape;

/**
 * The layout of one open diagram across its edits. The diagram is rebuilt from the text after
 * every drop, undo or keystroke; laying it all out again would move shapes under the user's
 * pointer. So ELK lays out the first diagram only ({@link DiagramLayout}); every shape's place is
 * remembered by its identity (a device's kernel name, a group's number, a consumer's name), and a
 * later diagram puts each known shape back where it was. A new shape goes under the last one of
 * its column (loose devices, groups, consumers); a known shape moves only when a grown neighbour
 * above would overlap it. Thread-safe: the editor lays out in background jobs.
 */
public final class StableLayout {

    /** Vertical space between shapes of a column (ELK's node spacing). */
    private static final double GAP = 16;
    /** Horizontal space between the columns when a column is new. */
    private static final double COLUMN_GAP = 120;
    private static final double TOP = 40;
    private static final double LEFT = 20;

    private final Map<String, double[]> places = new HashMap<>();

    /** Places every shape of the diagram and routes its links. */
    public synchronized void layout(Diagram diagram) {
        List<Shape> boxes = new ArrayList<>(diagram.loose);
        boxes.addAll(diagram.groups);
        boxes.addAll(diagram.consumers);
        if (boxes.stream().noneMatch(shape -> places.containsKey(shape.identity()))) {
            DiagramLayout.layout(diagram);
        } else {
            double right = column(diagram.loose, LEFT);
            right = column(diagram.groups, right == LEFT ? LEFT : right + LEFT);
            column(diagram.consumers, right + COLUMN_GAP);
            Geometry.finish(diagram);
        }
        for (Shape shape : boxes) {
            places.put(shape.identity(), new double[] { shape.x, shape.y });
        }
    }

    /** Forgets every place: the next diagram is laid out afresh. */
    public synchronized void reset() {
        places.clear();
    }

    /**
     * Places one column's shapes: the known ones where they were, the new ones under them, at the
     * column's x (or {@code newX} when none is known). Returns the column's right edge.
     */
    private double column(List<? extends Shape> column, double newX) {
        List<Shape> known = new ArrayList<>();
        List<Shape> fresh = new ArrayList<>();
        double x = Double.NaN;
        for (Shape shape : column) {
            double[] at = places.get(shape.identity());
            if (at == null) {
                fresh.add(shape);
            } else {
                shape.x = at[0];
                shape.y = at[1];
                x = Double.isNaN(x) ? at[0] : Math.min(x, at[0]);
                known.add(shape);
            }
        }
        if (Double.isNaN(x)) {
            x = newX;
        }
        known.sort(Comparator.comparingDouble(shape -> shape.y));
        double bottom = TOP - GAP;
        // the shapes above that may still reach down to the next one: shapes only move down, and
        // the next ones start no higher than this one did, so one that ends above it is done with
        List<Shape> reaching = new ArrayList<>();
        for (Shape shape : known) {
            double top = shape.y;
            reaching.removeIf(above -> above.y + above.height <= top);
            for (boolean moved = true; moved;) {
                moved = false;
                for (Shape above : reaching) {
                    if (overlaps(above, shape)) {
                        shape.y = above.y + above.height + GAP;
                        moved = true;
                    }
                }
            }
            reaching.add(shape);
            bottom = Math.max(bottom, shape.y + shape.height);
        }
        double right = known.isEmpty() && fresh.isEmpty() ? newX : x;
        for (Shape shape : fresh) {
            shape.x = x;
            shape.y = bottom + GAP;
            bottom = shape.y + shape.height;
        }
        for (Shape shape : column) {
            right = Math.max(right, shape.x + shape.width);
        }
        return right;
    }

    private static boolean overlaps(Shape a, Shape b) {
        return a.intersects(b.x, b.y, b.width, b.height);
    }
}

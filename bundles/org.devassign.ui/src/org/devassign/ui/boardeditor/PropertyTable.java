package org.devassign.ui.boardeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.devassign.model.edit.BoardOutline;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The selected element's properties, editable in place: click a value (or press F2 or Enter on its
 * row), type, press Enter. A change runs as a {@link SetCommand} on the editor's command stack; text
 * that is not a valid value changes nothing and the reason shows under the table.
 */
final class PropertyTable {

    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;
    private final TableViewer viewer;
    private final Label message;
    private final Consumer<String> status;
    private EObject element;

    PropertyTable(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, Consumer<String> status) {
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        this.status = status;
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("Property", 170, new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return ((PropertyRow) row).name();
            }

            @Override
            public String getToolTipText(Object row) {
                return ((PropertyRow) row).description();
            }
        });
        column("Value", 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return ((PropertyRow) row).text();
            }
        }).setEditingSupport(new ValueEditing());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        }, ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        message = new Label(area, SWT.WRAP);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
    }

    Composite control() {
        return viewer.getTable().getParent();
    }

    Table table() {
        return viewer.getTable();
    }

    boolean isEditing() {
        return viewer.isCellEditorActive();
    }

    /** The last refusal of typed text, or an empty string. */
    String message() {
        return message.getText();
    }

    /** Shows the properties of a tree element (a group member shows its device). */
    void show(Object selected) {
        Object subject = selected instanceof BoardOutline.GroupMember member ? member.device() : selected;
        element = subject instanceof EObject object ? object : null;
        refresh();
    }

    /** Re-reads the rows: after a command, an undo, or the element leaving the board. */
    void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        List<PropertyRow> rows = new ArrayList<>();
        if (element != null && element.eResource() != null) {
            IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
            if (source != null) {
                for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                    rows.add(new PropertyRow(element, descriptor));
                }
            }
        }
        viewer.setInput(rows);
    }

    private TableViewerColumn column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
        return column;
    }

    private void refuse(String reason) {
        message.setText(reason);
        message.getParent().layout(true);
        status.accept(reason);
    }

    /** Edits the Value column: a list for enums and booleans, text for everything else. */
    private final class ValueEditing extends EditingSupport {

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object row) {
            return ((PropertyRow) row).editable();
        }

        @Override
        protected CellEditor getCellEditor(Object row) {
            PropertyRow property = (PropertyRow) row;
            List<?> choices = property.choices();
            if (choices.isEmpty()) {
                return new TextCellEditor(viewer.getTable());
            }
            ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return String.valueOf(value);
                }
            });
            combo.setInput(choices);
            return combo;
        }

        @Override
        protected Object getValue(Object row) {
            PropertyRow property = (PropertyRow) row;
            return property.choices().isEmpty() ? property.text() : property.value();
        }

        @Override
        protected void setValue(Object row, Object typed) {
            PropertyRow property = (PropertyRow) row;
            Object value;
            try {
                value = typed instanceof String text && property.choices().isEmpty() ? property.parse(text) : typed;
            } catch (IllegalArgumentException refused) {
                refuse(refused.getMessage());
                return;
            }
            message.setText("");
            if (value == null && property.choices().isEmpty() == false || Objects.equals(value, property.value())) {
                return;
            }
            domain.getCommandStack().execute(SetCommand.create(domain, property.owner(),
                    (EStructuralFeature) property.feature(), value == null ? SetCommand.UNSET_VALUE : value));
        }
    }
}

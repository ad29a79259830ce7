package org.devassign.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A read-only property source over EMF.Edit descriptors (EMF's own bridge is in emf.edit.ui, which
 * is not on Maven Central). Boards state facts about hardware: they are changed by discovery or in
 * the file, not by typing into the Properties view.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] descriptors = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < descriptors.length; i++) {
            IItemPropertyDescriptor item = items.get(i);
            PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
            descriptor.setCategory(item.getCategory(object));
            descriptor.setDescription(item.getDescription(object));
            descriptors[i] = descriptor;
        }
        return descriptors;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        if (item == null) {
            return null;
        }
        Object value = item.getPropertyValue(object);
        if (value instanceof IItemPropertySource wrapper) {
            value = wrapper.getEditableValue(object);
        }
        IItemLabelProvider labels = item.getLabelProvider(object);
        return labels != null ? labels.getText(value) : String.valueOf(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}

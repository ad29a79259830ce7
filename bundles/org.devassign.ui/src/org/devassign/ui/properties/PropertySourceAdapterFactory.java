package org.devassign.ui.properties;

import org.devassign.model.edit.BoardOutline;
import org.devassign.model.edit.BoardOutline.GroupMember;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Lets the Properties view show any model element through its EMF.Edit property descriptors. */
public class PropertySourceAdapterFactory implements IAdapterFactory {

    private final ComposedAdapterFactory itemProviders = BoardOutline.newAdapterFactory();

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        Object element = adaptable instanceof GroupMember member ? member.device() : adaptable;
        IItemPropertySource source = (IItemPropertySource) itemProviders.adapt(element, IItemPropertySource.class);
        return source == null ? null : adapterType.cast(new ItemPropertySource(element, source));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}

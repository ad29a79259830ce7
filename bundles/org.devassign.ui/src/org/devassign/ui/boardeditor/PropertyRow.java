package org.devassign.ui.boardeditor;

import java.util.Collection;
import java.util.List;

import org.devassign.model.edit.NumberProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * One property of one element, as the board editor shows and reads it. What a property means and
 * whether it may change come from the model's EMF.Edit descriptors; this adds the hardware reading
 * of numbers ({@link NumberProperties}) and the conversion of typed text to the attribute's type.
 */
record PropertyRow(Object owner, IItemPropertyDescriptor descriptor) {

    String name() {
        return descriptor.getDisplayName(owner);
    }

    String description() {
        return descriptor.getDescription(owner);
    }

    Object feature() {
        return descriptor.getFeature(owner);
    }

    Object value() {
        Object value = descriptor.getPropertyValue(owner);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(owner) : value;
    }

    String text() {
        Object value = value();
        if (feature() instanceof EAttribute attribute && NumberProperties.isNumber(attribute)) {
            return NumberProperties.text(attribute, value);
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(owner);
        return value == null ? "" : labels != null ? labels.getText(value) : String.valueOf(value);
    }

    /** Whether the table edits it: attributes the descriptor lets change (references stay as loaded). */
    boolean editable() {
        return feature() instanceof EAttribute && descriptor.canSetProperty(owner);
    }

    /** The fixed choices of an enum or a boolean, or an empty list for typed values. */
    List<?> choices() {
        if (!(feature() instanceof EAttribute attribute)) {
            return List.of();
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum || type == EcorePackage.Literals.EBOOLEAN || type.getInstanceClass() == boolean.class) {
            Collection<?> choices = descriptor.getChoiceOfValues(owner);
            return choices == null ? List.of() : List.copyOf(choices);
        }
        return List.of();
    }

    /**
     * The value typed text stands for.
     *
     * @throws IllegalArgumentException naming the property and saying what to type
     */
    Object parse(String typed) {
        EAttribute attribute = (EAttribute) feature();
        if (NumberProperties.isNumber(attribute)) {
            return NumberProperties.parse(attribute, typed);
        }
        EDataType type = attribute.getEAttributeType();
        if (type.getInstanceClass() == String.class) {
            return typed == null || typed.isEmpty() ? null : typed;
        }
        try {
            return EcoreUtil.createFromString(type, typed.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(attribute.getName() + ": '" + typed + "' is not a " + type.getName() + ".");
        }
    }
}

package org.devassign.dsl.scoping;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope that answers linking's one name per reference by a direct look-up ({@link #lookUp}), and
 * everything else (lists, completion, look-ups by object) from its full {@link NamedScope}, built on
 * first use by the subclass ({@link #build}).
 */
abstract class FastLookupScope implements IScope, NameListing, NameLookup {

    private NamedScope full;

    /** The full scope, as Xtext would have built it. */
    protected abstract NamedScope build();

    protected final NamedScope full() {
        if (full == null) {
            full = build();
        }
        return full;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        EObject element = lookUp(name.toString());
        return element == null ? null : EObjectDescription.create(name, element);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return full().getElements(name);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        return full().getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return full().getElements(object);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return full().getAllElements();
    }

    @Override
    public Collection<String> allNames() {
        return full().allNames();
    }
}

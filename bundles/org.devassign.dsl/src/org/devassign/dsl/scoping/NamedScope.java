package org.devassign.dsl.scoping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope over a name-to-element map: lookups by name are hash lookups, and an element may carry
 * several names (edu0, "0000:00:01.0"); the first name of an element is the one written back when
 * a model edit is serialized. The map is either collected for the scope ({@link #builder()}) or
 * owned by someone else and read as it is ({@link #over}, a board's index).
 */
public final class NamedScope implements IScope, NameListing, NameLookup {

    private final Map<String, ? extends EObject> byName;
    private final Function<EObject, List<String>> namesOf;

    private NamedScope(Map<String, ? extends EObject> byName, Function<EObject, List<String>> namesOf) {
        this.byName = byName;
        this.namesOf = namesOf;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects names; the first element to claim a name keeps it. */
    public static final class Builder {
        private final Map<String, EObject> byName = new LinkedHashMap<>();
        private final Map<EObject, List<String>> names = new LinkedHashMap<>();

        public Builder add(String name, EObject element) {
            if (name != null && !name.isEmpty() && element != null && byName.putIfAbsent(name, element) == null) {
                names.computeIfAbsent(element, e -> new ArrayList<>(2)).add(name);
            }
            return this;
        }

        public NamedScope build() {
            return new NamedScope(byName, element -> names.getOrDefault(element, List.of()));
        }
    }

    /**
     * A scope that looks names up in a map owned by someone else (a board's index); {@code namesOf}
     * gives an element's names, first the one to write back.
     */
    public static IScope over(Map<String, ? extends EObject> byName, Function<EObject, List<String>> namesOf) {
        return new NamedScope(byName, namesOf);
    }

    public EObject get(String name) {
        return byName.get(name);
    }

    @Override
    public EObject lookUp(String name) {
        return byName.get(name);
    }

    @Override
    public Collection<String> allNames() {
        return byName.keySet();
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        EObject element = byName.get(name.toString());
        return element == null ? null : EObjectDescription.create(name, element);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        IEObjectDescription single = getSingleElement(name);
        return single == null ? List.of() : List.of(single);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        List<String> all = namesOf.apply(object);
        return all.isEmpty() ? null : EObjectDescription.create(QualifiedName.create(all.get(0)), object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        List<IEObjectDescription> result = new ArrayList<>();
        for (String name : namesOf.apply(object)) {
            result.add(EObjectDescription.create(QualifiedName.create(name), object));
        }
        return result;
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        List<IEObjectDescription> result = new ArrayList<>(byName.size());
        byName.forEach((name, element) -> result.add(EObjectDescription.create(QualifiedName.create(name), element)));
        return result;
    }
}

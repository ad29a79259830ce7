package org.devassign.dsl.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.model.naming.Labels;

/**
 * The macros of one C header, each with the element it stands for. Names follow one namespace,
 * {@code DEVASSIGN_<DRIVER>_<DEVICE>_<REGION>_REG_<REGISTER>} and so on (see {@link CHeaders}),
 * in which the parts that come from the language (SIZE, INDEX, REG, IRQ, DMA) never meet a name
 * from the board at the same place. What can still meet: names that differ only in case or in
 * characters C has not ('edu-0' and 'edu_0'). A second definition of a name is refused, naming
 * both elements, instead of a header that fails with "redefined".
 */
final class MacroNames {

    private final StringBuilder header;
    private final String where;
    private final String driver;
    private final List<String> refusals;
    private final Map<String, Owner> owners = new HashMap<>();

    /** What a macro stands for: a role ("the size") of an element; put in words only for a refusal. */
    private record Owner(String role, Object element) {
        String words() {
            return element == null ? role : role + " of " + (element instanceof org.eclipse.emf.ecore.EObject e ? Labels.of(e) : element);
        }
    }

    /**
     * @param where    "FILE:LINE: " of the driver, for refusals
     * @param refusals where a collision is reported
     */
    MacroNames(StringBuilder header, String where, String driver, List<String> refusals) {
        this.header = header;
        this.where = where;
        this.driver = driver;
        this.refusals = refusals;
    }

    /** {@code #define name value} for the {@code role} of {@code element} ("the size", a region), or null for the header's own. */
    void define(String name, String value, String role, Object element) {
        Owner owner = new Owner(role, element);
        Owner first = owners.putIfAbsent(name, owner);
        if (first != null) {
            refusals.add(where + "The C header of " + driver + " would define " + name + " twice: for " + first.words() + " and for "
                    + owner.words()
                    + ". Their names become the same C identifier (upper case, every character other than a letter or digit"
                    + " made '_'): rename one of them in its board or config.");
            return;
        }
        header.append("#define ").append(name).append(value.isEmpty() ? "" : " " + value).append('\n');
    }
}

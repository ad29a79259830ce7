package org.devassign.dsl.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<String, String> owners = new HashMap<>();

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

    /** {@code #define name value}; {@code owner} says what it is ("the size of region BAR0 of device edu1 (0000:00:06.0)"). */
    void define(String name, String value, String owner) {
        String first = owners.putIfAbsent(name, owner);
        if (first != null) {
            refusals.add(where + "The C header of " + driver + " would define " + name + " twice: for " + first + " and for " + owner
                    + ". Their names become the same C identifier (upper case, every character other than a letter or digit"
                    + " made '_'): rename one of them in its board or config.");
            return;
        }
        header.append("#define ").append(name).append(value.isEmpty() ? "" : " " + value).append('\n');
    }
}

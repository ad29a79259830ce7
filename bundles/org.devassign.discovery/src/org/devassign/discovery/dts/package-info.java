/**
 * Reads device-tree sources (dtc's DTS syntax) into a
 * {@link org.devassign.discovery.devicetree.DeviceTree}: {@code /include/}, labels, {@code &label}
 * and {@code &{/path}} references (phandles and paths), node and property deletion, cell arrays
 * with {@code /bits/} and C expressions, strings, byte strings, {@code /incbin/}, and C-preprocessed
 * sources ({@code #include}) through the system's {@code cpp}. Errors are
 * {@link org.devassign.discovery.dts.DtsSyntaxException}s naming file, line and column.
 *
 * <p>{@link org.devassign.discovery.dts.DtsReader} is the entry point; behind it, one class per
 * concern: {@code DtsLexer} (tokens and positions), {@code DtsIncludes} ({@code /include/} and cpp
 * line markers), {@code DtsExpressions} (dtc's integer expressions), {@code DtsValues} (property
 * values), {@code DtsReferences} (labels, references, phandles) and {@code DtsParser} (statements
 * and nodes). Nesting of nodes, expressions and includes is bounded, so hostile sources get errors.
 * Depends on the model bundle's io package and the devicetree package only.
 */
package org.devassign.discovery.dts;

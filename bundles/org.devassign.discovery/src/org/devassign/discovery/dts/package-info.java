/**
 * Reads device-tree sources (dtc's DTS syntax) into a
 * {@link org.devassign.discovery.devicetree.DeviceTree}: {@code /include/}, labels, {@code &label}
 * and {@code &{/path}} references (phandles and paths), node and property deletion, cell arrays
 * with {@code /bits/} and C expressions, strings, byte strings, {@code /incbin/}, and C-preprocessed
 * sources ({@code #include}) through the system's {@code cpp}. Errors are
 * {@link org.devassign.discovery.dts.DtsSyntaxException}s naming file, line and column. Depends on
 * the model bundle's io package only.
 */
package org.devassign.discovery.dts;

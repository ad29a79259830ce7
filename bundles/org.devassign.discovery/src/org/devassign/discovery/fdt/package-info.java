/**
 * Reads flattened device trees (DTB, the devicetree specification's FDT format, versions 16 and
 * 17) into a {@link org.devassign.discovery.devicetree.DeviceTree}. Every malformed input is a
 * {@link org.devassign.discovery.fdt.DtbFormatException} naming the file and byte offset: the
 * reader checks every offset and length before using it and always advances, so no input makes it
 * throw anything else or loop. Depends on the model bundle's io package only.
 */
package org.devassign.discovery.fdt;

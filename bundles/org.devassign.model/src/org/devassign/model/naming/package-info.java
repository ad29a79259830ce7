/**
 * How model elements are named for people: in error messages, logs and labels. The one place to
 * format PCI addresses, hex values and sizes. Depends on EMF only.
 */
package org.devassign.model.naming;

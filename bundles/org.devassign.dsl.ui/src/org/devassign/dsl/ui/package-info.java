/**
 * The assignment language inside the workbench: Xtext's IDE services (org.devassign.dsl.ide) run
 * in process and parse the text of open documents. Xtext's own Eclipse UI is not on Maven Central,
 * so editors are Eclipse's generic editor fed from here.
 */
package org.devassign.dsl.ui;

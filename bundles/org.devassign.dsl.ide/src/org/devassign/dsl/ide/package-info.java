/**
 * The language's IDE services (org.eclipse.xtext.ide), usable in process or through the
 * language server. Headless: no org.eclipse.ui.
 */
package org.devassign.dsl.ide;

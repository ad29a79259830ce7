/**
 * Quick fixes of the language, headless: which fixes an issue code offers ({@link QuickFixes}) and
 * the text edits each makes ({@link Fixes}), computed on a parse of the text as it is now. The
 * workbench's marker resolutions and the language server's code actions both use them. Depends on
 * the language and Xtext's runtime only, never on org.eclipse.ui, jface or lsp4j.
 */
package org.devassign.dsl.ide.fixes;

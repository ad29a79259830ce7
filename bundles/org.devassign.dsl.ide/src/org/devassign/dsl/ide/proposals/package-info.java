/**
 * Content assist of the language: which names are proposed and how each is described (kind, a
 * detail line and the board's facts), for the language server and the workbench alike. Headless:
 * Xtext's ide bundle and the model only.
 */
package org.devassign.dsl.ide.proposals;

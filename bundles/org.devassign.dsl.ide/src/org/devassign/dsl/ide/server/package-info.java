/**
 * The language server and its DevAssign-specific services: hovers with device facts, symbols,
 * locations inside .board files. Headless: lsp4j and Xtext's ide bundle only.
 */
package org.devassign.dsl.ide.server;

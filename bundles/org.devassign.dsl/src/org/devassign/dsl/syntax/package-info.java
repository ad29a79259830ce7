/**
 * Syntax errors in the language's terms: what the parser expected at the place it stopped (the
 * words and values the grammar allows there, read from the grammar itself), never ANTLR's
 * "no viable alternative" or a Java exception's text. Depends on Xtext's grammar model and the
 * core's {@code Printable} only.
 */
package org.devassign.dsl.syntax;

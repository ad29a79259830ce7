/**
 * Linking of configs: board files by path, names noted by the parser and linked as it finishes,
 * messages with "did you mean" for names that link to nothing, and completion of inline boards.
 * Depends on the model and Xtext only.
 */
package org.devassign.dsl.linking;

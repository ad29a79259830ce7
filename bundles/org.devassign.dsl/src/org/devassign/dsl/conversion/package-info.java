/** Text to values and back for the assignment language's names and numbers. Depends on Xtext only. */
package org.devassign.dsl.conversion;

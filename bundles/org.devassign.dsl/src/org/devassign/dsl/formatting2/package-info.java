/** The layout of .assign files (Xtext formatter2). Depends on the model and Xtext only. */
package org.devassign.dsl.formatting2;

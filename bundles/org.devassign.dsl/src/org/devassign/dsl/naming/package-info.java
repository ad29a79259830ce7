/** How the Xtext index names configs, boards and consumers. Depends on the model and Xtext only. */
package org.devassign.dsl.naming;

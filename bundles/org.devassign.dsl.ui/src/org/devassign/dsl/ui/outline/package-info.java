/** The Outline view of a .assign editor: consumers and assignments of the config, following the text. */
package org.devassign.dsl.ui.outline;

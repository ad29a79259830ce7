/** The welcome page: what DevAssign does in three steps, and the example project to start from. */
package org.devassign.ui.welcome;

/** Places the diagram's shapes with ELK Layered: groups on the left, consumers on the right, links routed orthogonally. No SWT. */
package org.devassign.ui.diagram.layout;

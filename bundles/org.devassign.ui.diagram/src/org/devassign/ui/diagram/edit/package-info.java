/**
 * Diagram gestures as changes of the config's text: model edits serialized by Xtext's
 * IChangeSerializer into small text replacements, so comments and layout elsewhere are kept.
 */
package org.devassign.ui.diagram.edit;

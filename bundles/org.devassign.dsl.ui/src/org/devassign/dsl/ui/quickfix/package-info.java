/**
 * Quick fixes for the problem markers of .assign files: the validator's suggestions (issue code and
 * data) turned into text edits, computed on the config workspace's parse of the document as it is now.
 */
package org.devassign.dsl.ui.quickfix;

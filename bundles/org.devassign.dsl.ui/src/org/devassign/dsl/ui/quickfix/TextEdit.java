package org.devassign.dsl.ui.quickfix;

/** One replacement in a config's text. */
public record TextEdit(int offset, int length, String text) {
}

package org.devassign.dsl.ide.fixes;

/** One replacement in a config's text: {@code length} characters at {@code offset} become {@code text}. */
public record TextEdit(int offset, int length, String text) {
}

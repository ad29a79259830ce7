package org.devassign.dsl.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The colours of .assign text. Lexical ones (keywords, comments, literals) come at once from the
 * scanner; semantic ones (what a name links to) follow each reconcile.
 */
public enum Styles {
    KEYWORD(0x7f, 0x00, 0x55, SWT.BOLD),
    COMMENT(0x3f, 0x7f, 0x5f, SWT.ITALIC),
    STRING(0x2a, 0x00, 0xff, SWT.NORMAL),
    NUMBER(0x12, 0x5a, 0x8c, SWT.NORMAL),
    /** a device or a group named in an assignment, or a device of an inline board */
    DEVICE(0x00, 0x70, 0x7a, SWT.BOLD),
    /** a region or an interrupt of a device */
    MEMBER(0x00, 0x70, 0x7a, SWT.ITALIC),
    /** a consumer, where it is declared and where it is named */
    CONSUMER(0xa0, 0x52, 0x2d, SWT.BOLD),
    /** the board a config is for */
    BOARD(0x4b, 0x00, 0x82, SWT.NORMAL);

    private final TextAttribute attribute;

    Styles(int red, int green, int blue, int style) {
        // SWT 3.135 colours need no device and no disposal
        attribute = new TextAttribute(new Color(red, green, blue), null, style);
    }

    public TextAttribute attribute() {
        return attribute;
    }
}

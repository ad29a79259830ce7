package org.devassign.model.io;

import org.devassign.core.identity.Printable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/**
 * What EMF's XMI loader says about a file that is no readable board, in a board's words: not XML,
 * XML of another kind, an element or attribute a board has not, a value that is none, a reference
 * to nothing. EMF's own texts ("Package with uri 'null' not found") name its machinery, not the file.
 */
final class BoardLoadProblems {

    /** What a file that is no board is told. */
    static final String NOT_A_BOARD = "A .board file is the XMI that DevAssign writes (devassign discover, devassign inventory,"
            + " or by hand as in examples/vm-q35.board).";

    private BoardLoadProblems() {
    }

    /** The problem in words, without the location (the caller states it). */
    static String describe(Resource.Diagnostic error) {
        return switch (error) {
            case Throwable thrown when thrown.getCause() instanceof SAXParseException xml -> notXml(xml);
            case PackageNotFoundException e -> "this XML is no DevAssign board: its root element is not in the board namespace (a board"
                    + " starts with <devassign:Board xmlns:devassign=\"http://devassign.org/model/1.0\" ...>). " + NOT_A_BOARD;
            case ClassNotFoundException e -> Printable.quote(e.getName()) + " is no kind of board element: a device needs its kind,"
                    + " xsi:type=\"devassign:PciDevice\" (or PlatformDevice, FslMcContainer, FslMcObject).";
            case FeatureNotFoundException e -> Printable.quote(e.getName()) + " is no attribute or element of a board here. The file may"
                    + " be from a newer DevAssign, or hand-edited: remove or rename it.";
            case IllegalValueException e -> Printable.quote(String.valueOf(e.getValue())) + " is no value for "
                    + (e.getFeature() == null ? "this attribute" : e.getFeature().getName()) + ": write one of its kind (a number,"
                    + " true or false, or a word the model lists).";
            case UnresolvedReferenceException e -> Printable.quote(e.getReference()) + " names nothing in this board"
                    + (e.getFeature() == null ? "" : " (for " + e.getFeature().getName() + ")")
                    + ": name a device by its name, or a group by its id.";
            default -> Printable.escape(stripLocation(String.valueOf(error.getMessage())));
        };
    }

    /** The XML parser's complaint, in its own words (they name no Java class), and what a board is. */
    static String notXml(SAXParseException xml) {
        String what = xml.getMessage() == null ? "it cannot be parsed" : Printable.escape(xml.getMessage().strip());
        return "this is not well-formed XML: " + what + (what.endsWith(".") ? " " : ". ") + NOT_A_BOARD;
    }

    /** EMF appends "(uri, line, column)" to messages; the exception carries those already. */
    static String stripLocation(String message) {
        int at = message.lastIndexOf(" (");
        return at > 0 && message.endsWith(")") ? message.substring(0, at) : message;
    }
}

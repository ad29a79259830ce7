package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.devassign.model.AssignmentConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * One config of a {@link ConfigWorkspace} as a reader sees it: its text, parsed and linked against
 * its board and the other configs of its folder, with what the editor, the diagram and the CLI ask
 * of it (problems, the element at an offset, the formatter's layout).
 *
 * <p>A view, lent for the duration of one {@code read}: the resource set behind it belongs to the
 * workspace and changes after the read returns, so every method fails once it has.
 */
public final class ParsedConfig {

    private final Path file;
    private final XtextResource resource;
    private final long version;
    private final Injector injector;
    private boolean lent = true;

    ParsedConfig(Path file, XtextResource resource, long version, Injector injector) {
        this.file = file;
        this.resource = resource;
        this.version = version;
        this.injector = injector;
    }

    void endOfLoan() {
        lent = false;
    }

    private XtextResource open() {
        if (!lent) {
            throw new IllegalStateException("the parse of " + file + " was lent for one read only: read the workspace again");
        }
        return resource;
    }

    public Path file() {
        return file;
    }

    /** The text this parse is of (the editor's unsaved text, or the file's). */
    public String text() {
        XtextResource r = open();
        return r.getParseResult() == null || r.getParseResult().getRootNode() == null ? "" : r.getParseResult().getRootNode().getText();
    }

    /** The workspace's version this parse reflects: every change announced up to it is in. */
    public long version() {
        return version;
    }

    public XtextResource resource() {
        return open();
    }

    /** The language's injector (IDE services in the workbench). */
    public Injector injector() {
        return injector;
    }

    /** The config, or null when the text does not even start like one. */
    public AssignmentConfig config() {
        XtextResource r = open();
        return r.getContents().isEmpty() || !(r.getContents().get(0) instanceof AssignmentConfig config) ? null : config;
    }

    public boolean hasSyntaxErrors() {
        XtextResource r = open();
        return r.getParseResult() == null || r.getParseResult().hasSyntaxErrors();
    }

    /** Syntax, linking and validation problems: the checks of {@code devassign validate}. */
    public List<Issue> validate(CancelIndicator cancel) {
        XtextResource r = open();
        return r.getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL, cancel);
    }

    /** The problems as the CLI prints them, in file order, naming the file as {@code shownAs} (the path the user gave). */
    public List<Problem> problems(Path shownAs, CancelIndicator cancel) {
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : validate(cancel)) {
            problems.add(Problem.of(shownAs, issue));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    /** The element a name at {@code offset} links to (device, region, consumer...), else the element declared there. */
    public EObject elementAt(int offset) {
        XtextResource r = open();
        EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(r, new TextRegion(offset, 0));
        if (node != null) {
            EObject target = helper.getCrossReferencedElement(node);
            if (target != null && target.eIsProxy()) {
                target = EcoreUtil.resolve(target, r);
            }
            return target == null || target.eIsProxy() ? null : target;
        }
        return helper.resolveElementAt(r, offset);
    }

    /** The cross-reference text under {@code offset} (its offset and length), or null. */
    public INode referenceNodeAt(int offset) {
        return injector.getInstance(EObjectAtOffsetHelper.class).getCrossReferenceNode(open(), new TextRegion(offset, 0));
    }

    /** The innermost element of type {@code type} whose text contains {@code offset}. */
    public <T extends EObject> T containing(int offset, Class<T> type) {
        EObject element = injector.getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(open(), offset);
        while (element != null && !type.isInstance(element)) {
            element = element.eContainer();
        }
        return type.cast(element);
    }

    /** The formatter's replacements for the one layout, or null when the text has syntax errors (formatting would guess). */
    public List<ITextReplacement> formatting() {
        if (hasSyntaxErrors()) {
            return null;
        }
        ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(open()).create();
        FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(access);
        return injector.getInstance(IFormatter2.class).format(request);
    }

    /** The text in the language's one layout, or null when it has syntax errors. */
    public String formatted() {
        if (hasSyntaxErrors()) {
            return null;
        }
        ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(open()).create();
        FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(access);
        return access.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
    }
}

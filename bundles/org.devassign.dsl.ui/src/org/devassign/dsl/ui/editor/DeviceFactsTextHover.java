package org.devassign.dsl.ui.editor;

import java.nio.file.Path;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Contributed to the generic editor for .assign: hovering a device, group, region, interrupt or
 * consumer shows the board's facts about it (the language server's hover text, as plain text). JFace
 * asks in a thread of its own; the name is found in the links of the latest finished check and the
 * facts are read from the workspace's latest parse (nothing is parsed). The popup is as wide as the
 * longest line and as tall as the text, so no line is cut.
 */
public class DeviceFactsTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

    /** The widest and tallest the popup grows, in characters and lines (JFace's default is 100 x 12, which cuts a device's facts). */
    static final int MAX_COLUMNS = 100;
    static final int MAX_LINES = 40;

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        EditorSession session = EditorSession.of(viewer.getDocument());
        EditorState state = session == null ? null : session.currentState();
        SemanticStyles.Link link = state == null ? null : state.linkAt(offset);
        return link == null ? null : new Region(link.offset(), link.length());
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        return getHoverInfo(viewer, region);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        EditorSession session = EditorSession.of(viewer.getDocument());
        EditorState state = session == null ? null : session.currentState();
        if (state == null || region == null) {
            return null;
        }
        return WorkbenchConfigs.get().readLatest(session.file(), parsed -> parsed.text().equals(state.text())
                ? facts(parsed, region.getOffset()) : null).orElse(null);
    }

    /** The facts about the element named at {@code offset} of {@code text}, or null (parses {@code text}: tests, and callers off the UI thread). */
    public static String facts(Path file, String text, int offset) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> facts(parsed, offset));
    }

    private static String facts(ParsedConfig parsed, int offset) {
        if (parsed.referenceNodeAt(offset) == null) {
            return null; // keywords, numbers, comments: nothing to say
        }
        EObject element = parsed.elementAt(offset);
        if (element == null || !(parsed.injector().getInstance(IHoverService.class) instanceof HoverService hover)) {
            return null;
        }
        String markdown = hover.getContents(element);
        return markdown == null || markdown.isBlank() ? null : plain(markdown);
    }

    /** The hover text is Markdown for LSP clients; the popup shows plain text. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replace("\n\n- ", "\n\u2022 ").replace("\n- ", "\n\u2022 ").strip();
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return new AbstractReusableInformationControlCreator() {
            @Override
            protected IInformationControl doCreateInformationControl(Shell parent) {
                return new FactsControl(parent);
            }
        };
    }

    /** Plain text, no wrapping: the popup takes the size of the facts, up to {@link #MAX_COLUMNS} by {@link #MAX_LINES}. */
    static final class FactsControl extends DefaultInformationControl {
        FactsControl(Shell parent) {
            super(parent, EditorsUI.getTooltipAffordanceString(), null);
        }

        @Override
        public Point computeSizeConstraints(int widthInChars, int heightInChars) {
            return super.computeSizeConstraints(Math.max(widthInChars, MAX_COLUMNS), Math.max(heightInChars, MAX_LINES));
        }
    }
}

package org.devassign.dsl.ui.editor;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.devassign.dsl.ui.ParsedConfig;
import org.eclipse.jface.text.IDocument;

/**
 * The last parse of each open .assign document, for views that follow the text (outline,
 * diagram). Listeners are told on the reconciler's thread.
 */
public final class ParsedDocuments {

    private static final Map<IDocument, ParsedConfig> LAST = new WeakHashMap<>();
    private static final CopyOnWriteArrayList<BiConsumer<IDocument, ParsedConfig>> LISTENERS = new CopyOnWriteArrayList<>();

    private ParsedDocuments() {
    }

    public static synchronized ParsedConfig last(IDocument document) {
        return LAST.get(document);
    }

    static void publish(IDocument document, ParsedConfig parsed) {
        synchronized (ParsedDocuments.class) {
            LAST.put(document, parsed);
        }
        for (BiConsumer<IDocument, ParsedConfig> listener : LISTENERS) {
            listener.accept(document, parsed);
        }
    }

    public static void addListener(BiConsumer<IDocument, ParsedConfig> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(BiConsumer<IDocument, ParsedConfig> listener) {
        LISTENERS.remove(listener);
    }
}

package org.devassign.dsl.ide.fixes;

import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A config's text with its parse, as a fix sees it: the workbench's from the config workspace
 * ({@link ParsedConfig}), the language server's from its open document.
 */
public record ConfigText(XtextResource resource, String text) {

    public static ConfigText of(ParsedConfig parsed) {
        return new ConfigText(parsed.resource(), parsed.text());
    }

    /** The innermost element of type {@code type} whose text contains {@code offset}, or null. */
    public <T extends EObject> T containing(int offset, Class<T> type) {
        EObject element = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
        while (element != null && !type.isInstance(element)) {
            element = element.eContainer();
        }
        return type.cast(element);
    }
}

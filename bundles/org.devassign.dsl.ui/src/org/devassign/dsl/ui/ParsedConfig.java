package org.devassign.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * The text of one config as it is in an editor (saved or not), parsed in a resource set of its
 * own together with the other configs of its folder, so links into the board and checks across
 * configs see what the CLI sees. One parse per reconcile, content assist or hover: resources are
 * not shared between threads.
 */
public final class ParsedConfig {

    private final Path file;
    private final String text;
    private final XtextResource resource;

    private ParsedConfig(Path file, String text, XtextResource resource) {
        this.file = file;
        this.text = text;
        this.resource = resource;
    }

    /** Parses {@code text} as the file {@code file} (which need not exist); siblings come from disk. */
    public static ParsedConfig parse(Path file, String text) {
        XtextResourceSet resourceSet = AssignLanguage.get(XtextResourceSet.class);
        BoardFiles.configure(resourceSet);
        resourceSet.getLoadOptions().putAll(BoardFiles.loadOptions());
        Path absolute = file.toAbsolutePath().normalize();
        try {
            XtextResource resource = load(resourceSet, absolute, text);
            loadSiblings(resourceSet, absolute);
            return new ParsedConfig(absolute, text, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XtextResource load(XtextResourceSet resourceSet, Path file, String text) throws IOException {
        XtextResource resource = AssignLanguage.get(XtextResource.class);
        resource.setURI(uri(file));
        resourceSet.getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        return resource;
    }

    /** Other configs of the folder: "assigned twice" and group checks look across files. */
    private static void loadSiblings(XtextResourceSet resourceSet, Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path sibling : files.filter(f -> f.toString().endsWith("." + AssignLanguage.EXTENSION) && !f.equals(file)).sorted().toList()) {
                try {
                    load(resourceSet, sibling, Files.readString(sibling));
                } catch (IOException unreadable) {
                    // a config that cannot be read takes no part in the checks; its own editor says why
                }
            }
        } catch (IOException unreadable) {
            // no siblings then
        }
    }

    public static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    public XtextResource resource() {
        return resource;
    }

    /** The config, or null when the text does not even start like one. */
    public AssignmentConfig config() {
        return resource.getContents().isEmpty() ? null : (AssignmentConfig) resource.getContents().get(0);
    }

    /** Syntax, linking and validation problems, the same checks as {@code devassign validate}. */
    public List<Issue> validate(CancelIndicator cancel) {
        IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
        return validator.validate(resource, CheckMode.ALL, cancel);
    }

    /** The element a name at {@code offset} links to (device, region, consumer...), else the element declared there. */
    public EObject elementAt(int offset) {
        EObjectAtOffsetHelper helper = AssignLanguage.get(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (node != null) {
            EObject target = helper.getCrossReferencedElement(node);
            if (target != null && target.eIsProxy()) {
                target = EcoreUtil.resolve(target, resource);
            }
            return target == null || target.eIsProxy() ? null : target;
        }
        return helper.resolveElementAt(resource, offset);
    }

    /** The cross-reference text under {@code offset} (its offset and length), or null. */
    public INode referenceNodeAt(int offset) {
        return AssignLanguage.get(EObjectAtOffsetHelper.class).getCrossReferenceNode(resource, new TextRegion(offset, 0));
    }

    /** The innermost element of type {@code type} whose text contains {@code offset}. */
    public <T extends EObject> T containing(int offset, Class<T> type) {
        EObject element = AssignLanguage.get(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
        while (element != null && !type.isInstance(element)) {
            element = element.eContainer();
        }
        return type.cast(element);
    }
}

package org.devassign.dsl.workspace;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.dsl.AssignStandaloneSetup;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Configs and boards read from disk into one resource set, the way the CLI, CI and the benchmarks
 * use the language headless: load, validate (with workspace-wide checks across every config
 * loaded), format. The language server keeps its own workspace; the checks are the same.
 */
public final class AssignWorkspace {

    public static final String EXTENSION = "assign";

    private static Injector injector;

    private final XtextResourceSet resourceSet;

    private AssignWorkspace() {
        resourceSet = injector().getInstance(XtextResourceSet.class);
        BoardFiles.configure(resourceSet);
        resourceSet.getLoadOptions().putAll(BoardFiles.loadOptions());
    }

    public static AssignWorkspace create() {
        return new AssignWorkspace();
    }

    /** The language's injector, set up once per process. */
    public static synchronized Injector injector() {
        if (injector == null) {
            injector = AssignStandaloneSetup.doSetup();
        }
        return injector;
    }

    /** Loads a config (not yet linked: links resolve on demand). */
    public AssignmentConfig load(Path file) throws IOException {
        Resource resource = resourceSet.getResource(uri(file), false);
        if (resource == null) {
            resource = resourceSet.createResource(uri(file));
            try (var in = Files.newInputStream(file)) {
                resource.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                resourceSet.getResources().remove(resource);
                throw e;
            }
        }
        return resource.getContents().isEmpty() ? null : (AssignmentConfig) resource.getContents().get(0);
    }

    /** Loads a config from text, as if it were the file {@code file} (which need not exist). */
    public AssignmentConfig load(Path file, String text) throws IOException {
        Resource resource = resourceSet.createResource(uri(file));
        resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        return resource.getContents().isEmpty() ? null : (AssignmentConfig) resource.getContents().get(0);
    }

    /** Loads every config in {@code dir} (not recursively), so checks across files see them. */
    public void loadAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith("." + EXTENSION)).sorted()::iterator) {
                load(file);
            }
        }
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    public XtextResource resource(Path file) {
        return (XtextResource) resourceSet.getResource(uri(file), false);
    }

    /** Syntax, linking and validation problems of a loaded config, in file order. */
    public List<Problem> validate(Path file) {
        XtextResource resource = resource(file);
        if (resource == null) {
            throw new IllegalArgumentException(file + " is not loaded");
        }
        IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            problems.add(new Problem(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
                    issue.getColumn() == null ? 0 : issue.getColumn(), issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT),
                    issue.getMessage(), issue.getCode(), issue.getData() == null ? List.of() : List.of(issue.getData())));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    /** The config's text in the language's one layout; the resource itself is not changed. */
    public String format(Path file) {
        XtextResource resource = resource(file);
        Injector languageInjector = resource.getResourceServiceProvider().get(Injector.class);
        ITextRegionAccess access = languageInjector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = languageInjector.getInstance(FormatterRequest.class).setTextRegionAccess(access);
        List<ITextReplacement> replacements = languageInjector.getInstance(IFormatter2.class).format(request);
        return access.getRewriter().renderToString(replacements);
    }

    public static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

}

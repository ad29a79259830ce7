package org.devassign.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.devassign.core.identity.Printable;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.util.DevAssignResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code .board} files (XMI). Works the same inside and outside OSGi: the resource
 * sets it makes know the model without relying on plug-in registrations.
 */
public final class BoardFiles {

    public static final String EXTENSION = "board";

    /**
     * Board resources that keep an ID-to-element map while they load. Devices refer to their group
     * by ID before the group is read; without the map EMF resolves each such forward reference by
     * walking the whole resource, which makes reading a board quadratic (minutes at 50,000 devices).
     */
    public static final Resource.Factory FACTORY = new DevAssignResourceFactoryImpl() {
        @Override
        public Resource createResource(URI uri) {
            BoardResource resource = new BoardResource(uri);
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            return resource;
        }
    };

    private BoardFiles() {
    }

    /** A resource set that can read and write boards, standalone or in OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        configure(resourceSet);
        return resourceSet;
    }

    /** Teaches an existing resource set (an Xtext one, say) to read boards. */
    public static void configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(DevAssignPackage.eNS_URI, DevAssignPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(EXTENSION,
                FACTORY);
    }

    public static Board load(Path file) throws ModelFileException {
        return load(newResourceSet(), file);
    }

    /** Loads the board in {@code file} into the resource set; every failure names the file and line. */
    public static Board load(ResourceSet resourceSet, Path file) throws ModelFileException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ModelFileException(file, "no such board file: check the path (board files end in ." + EXTENSION + ").");
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = FACTORY.createResource(uri);
            resourceSet.getResources().add(resource);
        }
        try {
            resource.load(loadOptions());
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw describe(file, resource, e);
        } catch (RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw new ModelFileException(file, 0, 0, "cannot read the board" + (e.getMessage() == null ? ""
                    : ": " + Printable.escape(BoardLoadProblems.stripLocation(e.getMessage()))) + ". " + BoardLoadProblems.NOT_A_BOARD, e);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Board board)) {
            resourceSet.getResources().remove(resource);
            throw new ModelFileException(file, root == null ? "the file holds no model: a .board file holds one Board."
                    : "the file holds a " + root.eClass().getName() + ", not a Board.");
        }
        return board;
    }

    /** Saves the board to {@code file}, moving it into a resource for that file if needed. */
    public static void save(Board board, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = board.eResource();
        if (resource == null) {
            resource = FACTORY.createResource(uri);
            resource.getContents().add(board);
        } else {
            resource.setURI(uri);
        }
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        resource.save(saveOptions());
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        return options;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // a board has no DTD: refusing one keeps external entities (files, URLs) and entity expansion out
        options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }

    private static ModelFileException describe(Path file, Resource resource, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ModelFileException(file, "no such board file.");
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            int line = error.getLine();
            int column = error.getColumn();
            if (error instanceof Throwable thrown && thrown.getCause() instanceof SAXParseException xml) {
                line = xml.getLineNumber() > 0 ? xml.getLineNumber() : line;
                column = xml.getColumnNumber() > 0 ? xml.getColumnNumber() : column;
            }
            return new ModelFileException(file, line, column, BoardLoadProblems.describe(error), e);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SAXParseException xml) {
            return new ModelFileException(file, xml.getLineNumber(), xml.getColumnNumber(), BoardLoadProblems.notXml(xml), e);
        }
        return new ModelFileException(file, 0, 0, "cannot read the board" + (cause.getMessage() == null ? ""
                : ": " + Printable.escape(BoardLoadProblems.stripLocation(cause.getMessage()))) + ". " + BoardLoadProblems.NOT_A_BOARD, e);
    }
}

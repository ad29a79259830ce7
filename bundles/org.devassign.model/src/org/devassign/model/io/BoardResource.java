package org.devassign.model.io;

import java.util.Map;

import org.devassign.model.util.DevAssignResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A board resource that reads only the packages the resource set already knows. EMF's XMI reader
 * otherwise treats an unknown namespace (or an {@code xsi:schemaLocation}) in the file as a place
 * to load a model from: a {@code .board} could make the reader open an HTTP connection, read any
 * local file as a model, or load and look into a class named in a {@code java://} URI. A board
 * names the DevAssign package only, so an unknown one is refused with the file's line.
 */
final class BoardResource extends DevAssignResourceImpl {

    BoardResource(URI uri) {
        super(uri);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new KnownPackagesLoad(this);
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return new KnownPackagesLoad(this);
    }

    private static final class KnownPackagesLoad extends XMILoadImpl {
        KnownPackagesLoad(BoardResource resource) {
            super(resource.createXMLHelper());
        }

        @Override
        protected DefaultHandler makeDefaultHandler() {
            return new SAXXMIHandler(resource, helper, options) {
                @Override
                protected EPackage getPackageForURI(String uri) {
                    EPackage known = packageRegistry.getEPackage(uri);
                    if (known == null) {
                        error(new PackageNotFoundException(uri, getLocation(), getLineNumber(), getColumnNumber()));
                    }
                    return known;
                }
            };
        }
    }
}

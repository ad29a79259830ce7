package org.devassign.dsl.resource;

import org.devassign.dsl.naming.AssignNames;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.generic.AbstractGenericResourceRuntimeModule;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Guice;

/**
 * Makes Xtext's index and language server see {@code .board} files (XMI), so a workspace build
 * loads them and boards can be found by name. (Xtext's AbstractGenericResourceSupport does the
 * same but implements an MWE2 interface, which would drag org.eclipse.emf.mwe2.runtime in.)
 */
public final class BoardResourceSupport {

    private static IResourceServiceProvider provider;

    private BoardResourceSupport() {
    }

    public static class Module extends AbstractGenericResourceRuntimeModule {
        @Override
        protected String getLanguageName() {
            return "org.devassign.model.Board";
        }

        @Override
        protected String getFileExtensions() {
            return BoardFiles.EXTENSION;
        }

        @Override
        public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
            return AssignNames.class;
        }

        public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
            return ExportedNames.class;
        }

        /** Boards are checked by the model's validator (devassign validate FILE.board), not per keystroke here. */
        public IResourceValidator bindIResourceValidator() {
            return IResourceValidator.NULL;
        }
    }

    /** The service provider for .board files, created once. */
    public static synchronized IResourceServiceProvider provider() {
        if (provider == null) {
            provider = Guice.createInjector(new Module()).getInstance(IResourceServiceProvider.class);
        }
        return provider;
    }

    /** Registers .board files with EMF (factory) and Xtext (service provider) globally. */
    public static void register() {
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(BoardFiles.EXTENSION, BoardFiles.FACTORY);
        IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(BoardFiles.EXTENSION, provider());
    }
}

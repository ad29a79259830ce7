package org.devassign.dsl;

import org.devassign.dsl.conversion.AssignValueConverters;
import org.devassign.dsl.linking.AssignLinker;
import org.devassign.dsl.linking.AssignLinkingService;
import org.devassign.dsl.linking.UnresolvedNames;
import org.devassign.dsl.naming.AssignNames;
import org.devassign.dsl.resource.AssignDescriptionManager;
import org.devassign.dsl.resource.InlineBoardTransients;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parsetree.reconstr.ITransientValueService;
import org.eclipse.xtext.resource.IResourceDescription;

/** The language's services, headless: everything the CLI, the language server and the workbench share. */
public class AssignRuntimeModule extends AbstractAssignRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return AssignValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return AssignNames.class;
    }

    public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
        return AssignNames.OneSegment.class;
    }

    @Override
    public Class<? extends ILinkingService> bindILinkingService() {
        return AssignLinkingService.class;
    }

    @Override
    public Class<? extends ILinker> bindILinker() {
        return AssignLinker.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return UnresolvedNames.class;
    }

    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return AssignDescriptionManager.class;
    }

    @Override
    public Class<? extends ITransientValueService> bindITransientValueService() {
        return InlineBoardTransients.class;
    }
}

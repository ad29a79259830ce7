package org.devassign.dsl;

import org.devassign.dsl.conversion.AssignValueConverters;
import org.devassign.dsl.linking.AssignLinker;
import org.devassign.dsl.linking.AssignLinkingService;
import org.devassign.dsl.linking.NameRecordingParser;
import org.devassign.dsl.linking.UnresolvedNames;
import org.devassign.dsl.naming.AssignNames;
import org.devassign.dsl.resource.AssignDescriptionManager;
import org.devassign.dsl.resource.AssignResource;
import org.devassign.dsl.resource.ExportedNames;
import org.devassign.dsl.resource.InlineBoardTransients;
import org.devassign.dsl.syntax.SyntaxErrors;
import org.devassign.dsl.validation.PrintableIssues;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parsetree.reconstr.ITransientValueService;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

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

    /** Notes the names that link as it parses, for the linker ({@link NameRecordingParser}). */
    @Override
    public Class<? extends IParser> bindIParser() {
        return NameRecordingParser.class;
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

    /** Links without rebuilding unresolved-name messages for every link that resolves ({@link AssignResource}). */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return AssignResource.class;
    }

    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return ExportedNames.class;
    }

    @Override
    public Class<? extends ITransientValueService> bindITransientValueService() {
        return InlineBoardTransients.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return PrintableIssues.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return SyntaxErrors.class;
    }

    /**
     * EMF's default constraints run once, in the model's validator (which replaces EMF's ID check by
     * messages that name the elements); Xtext would otherwise run them a second time, with EMF's
     * "The ID ... of ...Impl@... collides" text.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
    }
}

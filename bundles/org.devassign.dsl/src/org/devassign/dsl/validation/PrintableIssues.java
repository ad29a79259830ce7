package org.devassign.dsl.validation;

import java.util.List;

import org.devassign.core.identity.Printable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Every problem of a config, whoever wrote it (parser, linker, the model's validator, the
 * language's checks), leaves as one printable line ({@link Printable#line}): a name or path taken
 * from a hostile file cannot send escape sequences or bidi controls to a terminal or an editor.
 */
public class PrintableIssues extends ResourceValidatorImpl {

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
        List<Issue> issues = super.validate(resource, mode, cancel);
        for (Issue issue : issues) {
            if (issue instanceof Issue.IssueImpl impl && impl.getMessage() != null) {
                String safe = Printable.line(impl.getMessage());
                if (!safe.equals(impl.getMessage())) {
                    impl.setMessage(safe);
                }
            }
        }
        return issues;
    }
}

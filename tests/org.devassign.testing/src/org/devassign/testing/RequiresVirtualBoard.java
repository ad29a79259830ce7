package org.devassign.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Marks a test class that boots the virtual board: before the class runs (and before its
 * {@code @BeforeAll} boots anything) {@link Prepared#virtualBoard} checks the profile is prepared.
 * Under CI=true a missing board fails the class; elsewhere every test of the class is reported as
 * skipped, with the reason printed, rather than vanishing from the counts as an aborted
 * {@code @BeforeAll} makes it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresVirtualBoard.Condition.class)
public @interface RequiresVirtualBoard {

    /** The vmboard profile the class boots (stock or full). */
    String profile() default "full";

    /** The check, once per class. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isPresent()) {
                return ConditionEvaluationResult.enabled("checked for the class");
            }
            RequiresVirtualBoard board = context.getRequiredTestClass().getAnnotation(RequiresVirtualBoard.class);
            try {
                Prepared.virtualBoard(board == null ? "full" : board.profile(), context.getRequiredTestClass().getSimpleName());
            } catch (TestAbortedException skipped) {
                return ConditionEvaluationResult.disabled(skipped.getMessage());
            }
            return ConditionEvaluationResult.enabled("the virtual board is prepared");
        }
    }
}

package org.devassign.agent.drift;

import org.eclipse.emf.ecore.EObject;

/**
 * One way the board model and the kernel disagree. element is the model element concerned (the
 * device when the model lacks the region/IRQ the kernel reports); message names it with Labels.
 */
public record Difference(EObject element, String message) {

    @Override
    public String toString() {
        return message;
    }
}

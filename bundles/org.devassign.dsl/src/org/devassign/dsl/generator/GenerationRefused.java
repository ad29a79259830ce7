package org.devassign.dsl.generator;

import java.util.List;

/**
 * A config without errors that a target still cannot express: a feature the target's tool version
 * lacks ('open cdev' for Debian 12's QEMU), or two elements whose generated names would be one.
 * Each reason names the config line and the elements, says what is wrong and what to do. A
 * generator refuses rather than leave something out of its output.
 */
public final class GenerationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public GenerationRefused(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** One sentence or more per problem, each starting with "FILE:LINE: " where the config says it. */
    public List<String> reasons() {
        return reasons;
    }
}

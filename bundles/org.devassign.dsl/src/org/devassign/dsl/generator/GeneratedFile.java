package org.devassign.dsl.generator;

/** One file a generator writes: a name (no folders) and its text. */
public record GeneratedFile(String name, String content) {
}

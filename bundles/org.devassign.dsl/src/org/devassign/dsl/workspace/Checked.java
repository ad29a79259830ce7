package org.devassign.dsl.workspace;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * The outcome of one check of a config: plain values, safe to keep and to hand to any thread
 * (markers, a UI that shows the latest finished state while a newer check runs).
 *
 * @param version the workspace's version the check saw: compare with {@link ConfigWorkspace#version()} to know whether it is still current
 * @param text the text that was checked
 */
public record Checked(Path file, long version, String text, List<Issue> issues) {
}

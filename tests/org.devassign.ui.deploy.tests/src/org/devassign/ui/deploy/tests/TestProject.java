package org.devassign.ui.deploy.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.testing.RepoFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** A workspace project holding copies of the q35 example config and board, so markers have files to sit on. */
final class TestProject {

    final IProject project;

    private TestProject(IProject project) {
        this.project = project;
    }

    static TestProject create(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        TestProject p = new TestProject(project);
        for (String file : List.of("vm-q35.assign", "vm-q35.board")) {
            p.write(file, Files.readString(RepoFiles.example(file)));
        }
        return p;
    }

    IFile write(String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, true, false, null);
        } else {
            file.create(in, true, null);
        }
        return file;
    }

    Path path(String name) {
        return project.getFile(name).getLocation().toPath();
    }

    IFile file(String name) {
        return project.getFile(name);
    }

    /** The 1-based line of the first line containing {@code text}. */
    int lineOf(String name, String text) throws Exception {
        List<String> lines = Files.readAllLines(path(name));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + name);
    }

    void delete() throws CoreException {
        project.delete(true, true, null);
    }

    static int markerLine(org.eclipse.core.resources.IMarker marker) {
        return marker.getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, -1);
    }

    static void refresh(IProject project) throws CoreException {
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }
}

package org.devassign.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ContainerGenerator;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** What the wizards share: names the language accepts, files made from a temporary file, the new file shown and opened. */
final class WizardFiles {

    private WizardFiles() {
    }

    /** A name the config language takes as an ID (letters, digits, '_' and '-', not starting with a digit or '-'). */
    static String languageName(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String name = base.replaceAll("[^A-Za-z0-9_-]", "-");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_' ? "b-" + name : name;
    }

    /** Creates {@code target} (and its folders) in the workspace with the content of {@code content}. */
    static IFile create(IPath target, Path content, SubMonitor monitor) throws CoreException, IOException {
        monitor.setWorkRemaining(2);
        new ContainerGenerator(target.removeLastSegments(1)).generateContainer(monitor.split(1));
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(target);
        try (InputStream in = Files.newInputStream(content)) {
            file.create(in, true, monitor.split(1));
        }
        return file;
    }

    /** Selects the new file in the Project Explorer and opens it in the editor registered for its kind. */
    static void showAndOpen(IWorkbenchWindow window, IFile file) throws PartInitException {
        BasicNewResourceWizard.selectAndReveal(file, window);
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            IDE.openEditor(page, file, true);
        }
    }
}

package org.devassign.ui.deploy.deploy;

import java.nio.file.Path;
import java.util.List;

import org.devassign.deploy.Planner;
import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;
import org.eclipse.core.resources.IFile;

/**
 * A saved config validated (as the CLI does, with the other configs of its folder) and planned
 * into the deployment an agent applies: the one way the workbench turns a .assign file into a
 * deployment, for a deploy to one target and for a fleet rollout. It reads the file into a config
 * workspace of its own (the plan keeps model objects, which the editors' shared workspace would
 * change under it), with the workbench's one injector.
 */
public final class ConfigPlan {

    /** The config has errors (the language's markers show them): the message says how many and the first. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private ConfigPlan() {
    }

    /**
     * @throws Invalid when the config has errors; the Problems view then shows them (once each, as the editor does)
     * @throws IllegalArgumentException when the planner refuses the config (its message says why)
     */
    public static Planner.Plan of(Path file) throws Invalid {
        ConfigWorkspace workspace = ConfigWorkspace.create(AssignLanguage.injector());
        AssignmentConfig config = workspace.config(file);
        List<Problem> errors = workspace.validate(file).stream().filter(Problem::isError).toList();
        if (config == null || !errors.isEmpty()) {
            IFile workspaceFile = DeployMarkers.file(file);
            if (workspaceFile != null) {
                ProblemMarkers.validateSaved(workspaceFile);
            }
            throw new Invalid(name(file) + (errors.size() == 1 ? " has an error" : " has " + errors.size() + " errors") + ": fix "
                    + (errors.size() == 1 ? "it" : "them") + " before deploying (see the Problems view; first: "
                    + (errors.isEmpty() ? "the file is empty" : errors.get(0)) + ")");
        }
        return Planner.plan(config, name(file));
    }

    /** How messages name the config: its workspace path when it has one, else the file system path. */
    public static String name(Path file) {
        IFile f = DeployMarkers.file(file);
        return f != null ? f.getFullPath().makeRelative().toString() : file.toString();
    }
}

package org.devassign.dsl.resource;

import java.util.Collection;

import org.devassign.model.io.BoardFiles;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Tells the builder which configs to check again after a change. A config's problems depend on
 * every other config of the workspace (a device assigned twice) and on its board, which the
 * name-based default cannot see: any changed .assign or .board file makes every config affected.
 * Workspaces hold a handful of configs, so this costs little.
 */
public class AssignDescriptionManager extends DefaultResourceDescriptionManager {

    @Override
    public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
            IResourceDescriptions context) {
        for (IResourceDescription.Delta delta : deltas) {
            String extension = delta.getUri().fileExtension();
            if (!delta.getUri().equals(candidate.getURI()) && ("assign".equals(extension) || BoardFiles.EXTENSION.equals(extension))) {
                return true;
            }
        }
        return super.isAffected(deltas, candidate, context);
    }
}

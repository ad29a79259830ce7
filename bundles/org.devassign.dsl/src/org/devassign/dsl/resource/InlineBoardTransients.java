package org.devassign.dsl.resource;

import org.devassign.model.DevAssignPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.parsetree.reconstr.impl.DefaultTransientValueService;

/**
 * Features of an inline board that the text does not state because the linker derives them
 * ({@link org.devassign.dsl.linking.AssignLinker}): the serializer must not try to write them.
 */
public class InlineBoardTransients extends DefaultTransientValueService {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Override
    public boolean isTransient(EObject owner, EStructuralFeature feature, int index) {
        if (feature == PKG.getDevice_IommuGroup() || feature == PKG.getPciDevice_Domain() || feature == PKG.getPciDevice_Bus()
                || feature == PKG.getPciDevice_Slot() || feature == PKG.getPciDevice_Function()) {
            return true;
        }
        return super.isTransient(owner, feature, index);
    }
}

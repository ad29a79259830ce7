package org.devassign.dsl.validation;

import org.devassign.model.Assignment;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a problem is reported and how messages point at other assignments: the words every check shares. */
final class Places {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    private Places() {
    }

    /** The assignment's device, group or physical function reference: where its problems are marked. */
    static EStructuralFeature target(Assignment assignment) {
        if (assignment.getPhysicalFunction() != null) {
            return PKG.getAssignment_PhysicalFunction();
        }
        return assignment.getGroup() != null ? PKG.getAssignment_Group() : PKG.getAssignment_Device();
    }

    static String consumerName(Assignment assignment) {
        Consumer consumer = assignment.getConsumer();
        return consumer == null || consumer.eIsProxy() ? "(unknown consumer)" : consumer.getName();
    }

    /** "in vms.assign line 12" or "on line 12" for an assignment, seen from another. */
    static String where(Assignment other, Assignment from) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(other);
        String line = node == null ? "" : " line " + node.getStartLine();
        if (other.eResource() == from.eResource()) {
            return "on" + line;
        }
        return "in " + (other.eResource() == null ? "another file" : other.eResource().getURI().lastSegment()) + line;
    }
}

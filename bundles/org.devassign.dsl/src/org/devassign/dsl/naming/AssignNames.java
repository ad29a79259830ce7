package org.devassign.dsl.naming;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * The names the Xtext index knows elements by: configs, boards and consumers, each by its model
 * name. Devices, regions, interrupts and groups are found through their board, by the scopes in
 * {@link org.devassign.dsl.scoping.AssignScopeProvider}, under every name people use for them.
 */
public class AssignNames extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        String name = switch (element) {
            case AssignmentConfig config -> config.getName();
            case Board board -> board.getName();
            case Consumer consumer -> consumer.getName();
            default -> null;
        };
        return name == null ? null : QualifiedName.create(name);
    }

    /**
     * Names are single words here: a device may be called "0000:00:01.0" or "9000000.virtio_mmio",
     * and a dot in them is no separator.
     */
    public static class OneSegment implements org.eclipse.xtext.naming.IQualifiedNameConverter {
        @Override
        public String toString(QualifiedName name) {
            return name.toString(".");
        }

        @Override
        public QualifiedName toQualifiedName(String text) {
            return QualifiedName.create(text);
        }
    }
}

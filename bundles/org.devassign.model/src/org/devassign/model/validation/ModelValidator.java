package org.devassign.model.validation;

import java.util.Map;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.IrqBinding;
import org.devassign.model.Region;
import org.devassign.model.Sriov;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.VmGuest;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * EMF validation of what the model alone can decide: unique names and indexes, positive sizes,
 * page alignment of mmappable regions, group membership agreeing from both sides, assignments that
 * stay within the device they assign. Every message names the element and says what to do. This
 * class hands each element to the invariants of its kind ({@link BoardInvariants},
 * {@link RegionInvariants}, {@link AssignmentInvariants}, {@link ConsumerInvariants}, {@link SriovInvariants}); a new
 * invariant goes there.
 *
 * <p>What needs more than one model (a group companion still on a host driver, memlock budgets,
 * kernel capabilities) is the assignment DSL's validation, which runs this one too.
 */
public class ModelValidator extends EObjectValidator {

    public static final String SOURCE = "org.devassign.model";
    public static final ModelValidator INSTANCE = new ModelValidator();

    @Override
    protected EPackage getEPackage() {
        return DevAssignPackage.eINSTANCE;
    }

    /** Unique names are checked by the board's invariants, with messages that say which devices clash. */
    @Override
    public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean basic = validate_EveryDefaultConstraint(object, diagnostics, context);
        Report report = new Report(diagnostics);
        switch (object) {
            case Board board -> BoardInvariants.validateBoard(board, report);
            case Device device -> BoardInvariants.validateDevice(device, report);
            case Sriov sriov -> SriovInvariants.validateSriov(sriov, report);
            case VirtualFunctions vfs -> SriovInvariants.validateCreation(vfs, report);
            case IommuGroup group -> BoardInvariants.validateGroup(group, report);
            case Interrupt interrupt -> BoardInvariants.validateInterrupt(interrupt, report);
            case Region region -> RegionInvariants.validateRegion(region, report);
            case AssignmentConfig config -> AssignmentInvariants.validateConfig(config, report);
            case Assignment assignment -> AssignmentInvariants.validateAssignment(assignment, report);
            case IrqBinding binding -> AssignmentInvariants.validateIrqBinding(binding, report);
            case VmGuest vm -> ConsumerInvariants.validateVm(vm, report);
            case UserspaceDriver driver -> ConsumerInvariants.validateDriver(driver, report);
            default -> { }
        }
        return basic && report.ok();
    }
}

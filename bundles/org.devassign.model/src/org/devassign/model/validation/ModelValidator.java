package org.devassign.model.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
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

    /**
     * Three of EMF's default constraints hold trivially for a class without what they judge (keys,
     * map entries, references with an opposite) but still walk every feature of every element to find
     * that out: a config of 10,000 assignments is 30,000 elements. Which class has what is decided once.
     */
    private record Shape(boolean keys, boolean mapEntries, boolean opposites) {

        static Shape of(EClass eClass) {
            boolean keys = false;
            boolean mapEntries = false;
            for (int i = 0; i < eClass.getFeatureCount(); i++) {
                EStructuralFeature feature = eClass.getEStructuralFeature(i);
                if (feature instanceof EReference reference) {
                    keys |= reference.isMany() && !reference.getEKeys().isEmpty();
                    mapEntries |= feature.getEType() != null && "java.util.Map$Entry".equals(feature.getEType().getInstanceClassName());
                }
            }
            boolean opposites = eClass.getEAllReferences().stream().anyMatch(reference -> reference.getEOpposite() != null);
            return new Shape(keys, mapEntries, opposites);
        }
    }

    private final Map<EClass, Shape> shapes = new ConcurrentHashMap<>();

    private Shape shape(EObject eObject) {
        return shapes.computeIfAbsent(eObject.eClass(), Shape::of);
    }

    @Override
    public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !shape(eObject).keys() || super.validate_EveryKeyUnique(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !shape(eObject).mapEntries() || super.validate_EveryMapEntryUnique(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryBidirectionalReferenceIsPaired(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !shape(eObject).opposites() || super.validate_EveryBidirectionalReferenceIsPaired(eObject, diagnostics, context);
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

package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.DtDependency;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.Sriov;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.util.DevAssignResourceFactoryImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves a board and a config in which every attribute of every class holds a non-default value,
 * loads them back in a fresh resource set, and compares everything, references included.
 */
class RoundTripTest {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;
    private static final DevAssignPackage P = DevAssignPackage.eINSTANCE;

    @TempDir
    Path dir;

    @Test
    void everyAttributeSurvivesSaveAndLoad() throws Exception {
        Board board = fullBoard();
        AssignmentConfig config = fullConfig(board);
        assertEveryAttributeIsSet(board, config);

        Path boardFile = dir.resolve("full.board");
        BoardFiles.save(board, boardFile);
        Resource configResource = new DevAssignResourceFactoryImpl()
                .createResource(URI.createFileURI(dir.resolve("full.config").toString()));
        configResource.getContents().add(config);
        configResource.save(BoardFiles.saveOptions());

        ResourceSet fresh = BoardFiles.newResourceSet();
        fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("config", new DevAssignResourceFactoryImpl());
        Board loadedBoard = BoardFiles.load(fresh, boardFile);
        AssignmentConfig loadedConfig = (AssignmentConfig) fresh
                .getResource(URI.createFileURI(dir.resolve("full.config").toString()), true).getContents().get(0);
        EcoreUtil.resolveAll(fresh);

        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        assertTrue(equality.equals(List.of(board, config), List.of(loadedBoard, loadedConfig)),
                "the loaded board and config differ from what was saved");
        Assignment assignment = loadedConfig.getAssignments().get(0);
        assertEquals(loadedBoard, assignment.getDevice().eContainer(), "cross-file reference resolves into the loaded board");
    }

    /** Fails when a class or attribute is added to the Ecore but not to this test's fixture. */
    private static void assertEveryAttributeIsSet(EObject... roots) {
        Set<EAttribute> set = new HashSet<>();
        Set<EClass> instantiated = new HashSet<>();
        for (EObject root : roots) {
            collect(root, set, instantiated);
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
                collect(it.next(), set, instantiated);
            }
        }
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                if (!instantiated.contains(eClass)) {
                    missing.add("class " + eClass.getName());
                }
                for (EAttribute attribute : eClass.getEAllAttributes()) {
                    if (!attribute.isTransient() && !attribute.isDerived() && !set.contains(attribute)) {
                        missing.add(eClass.getName() + "." + attribute.getName());
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            fail("the round-trip fixture leaves these at their defaults: " + missing);
        }
    }

    private static void collect(EObject object, Set<EAttribute> set, Set<EClass> instantiated) {
        instantiated.add(object.eClass());
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (object.eIsSet(attribute)) {
                set.add(attribute);
            }
        }
    }

    // ------------------------------------------------------------------ fixture

    private static int counter;

    /** Gives every unset attribute of the object a value different from its default. */
    @SuppressWarnings("unchecked")
    private static <T extends EObject> T fill(T object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived() || object.eIsSet(attribute)) {
                continue;
            }
            Object a = value(attribute, ++counter);
            if (attribute.isMany()) {
                EList<Object> list = (EList<Object>) object.eGet(attribute);
                list.add(a);
                Object b = value(attribute, ++counter);
                if (!b.equals(a)) {
                    list.add(b);
                }
            } else {
                object.eSet(attribute, a);
            }
        }
        return object;
    }

    private static Object value(EAttribute attribute, int n) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            // never the default (first) literal
            return eEnum.getELiterals().get(1 + n % (eEnum.getELiterals().size() - 1)).getInstance();
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return attribute.getName() + "-" + n;
        }
        if (c == int.class || c == Integer.class) {
            return 1000 + n;
        }
        if (c == long.class || c == Long.class) {
            return 0x1_0000_0000L + n * 0x1000L;
        }
        if (c == boolean.class || c == Boolean.class) {
            Object def = attribute.getDefaultValue();
            return def == null || !((Boolean) def);
        }
        throw new AssertionError("no test value for " + attribute.getName() + " of type " + c);
    }

    private static Board fullBoard() {
        Board board = fill(F.createBoard());
        PciDevice bridge = fill(F.createPciDevice());
        PciDevice pci = fill(F.createPciDevice());
        pci.setParent(bridge);
        PlatformDevice platform = fill(F.createPlatformDevice());
        DtDependency dependency = fill(F.createDtDependency());
        dependency.setTarget(pci);
        platform.getDtDependencies().add(dependency);
        FslMcContainer container = fill(F.createFslMcContainer());
        FslMcObject object = fill(F.createFslMcObject());
        object.setParent(container);
        PciDevice vf = fill(F.createPciDevice());
        board.getDevices().addAll(List.of(bridge, pci, platform, container, object, vf));
        Sriov sriov = fill(F.createSriov());
        sriov.getVfRegions().add(fill(F.createRegion()));
        pci.setSriov(sriov);
        vf.setPhysicalFunction(pci);

        Region region = fill(F.createRegion());
        region.getSparseAreas().add(fill(F.createSparseArea()));
        Register register = fill(F.createRegister());
        register.getFields().add(fill(F.createRegisterField()));
        region.getRegisters().add(register);
        pci.getRegions().add(region);
        Interrupt interrupt = fill(F.createInterrupt());
        pci.getInterrupts().add(interrupt);

        IommuGroup group = fill(F.createIommuGroup());
        group.getIovaRanges().add(fill(F.createIovaRange()));
        for (Device device : List.of(bridge, pci)) {
            group.getDevices().add(device);
            device.setIommuGroup(group);
        }
        board.getIommuGroups().add(group);
        return board;
    }

    private static AssignmentConfig fullConfig(Board board) {
        AssignmentConfig config = fill(F.createAssignmentConfig());
        config.setBoard(board);
        Board inline = fill(F.createBoard());
        inline.setName("inline-board");
        config.setInlineBoard(inline);
        config.getImports().add(fill(F.createImport()));
        var vm = fill(F.createVmGuest());
        var driver = fill(F.createUserspaceDriver());
        var probe = fill(F.createProbe());
        config.getConsumers().addAll(List.of(vm, driver, probe));

        PciDevice pci = (PciDevice) board.getDevices().get(1);
        Assignment byDevice = fill(F.createAssignment());
        byDevice.setConsumer(driver);
        byDevice.setDevice(pci);
        var mapping = fill(F.createRegionMapping());
        mapping.setRegion(pci.getRegions().get(0));
        byDevice.getRegions().add(mapping);
        var binding = fill(F.createIrqBinding());
        binding.setInterrupt(pci.getInterrupts().get(0));
        byDevice.getIrqs().add(binding);
        byDevice.getDmaWindows().add(fill(F.createDmaWindow()));
        Assignment byGroup = F.createAssignment();
        byGroup.setConsumer(vm);
        byGroup.setGroup(board.getIommuGroups().get(0));
        Assignment byVfs = fill(F.createAssignment());
        byVfs.setConsumer(vm);
        byVfs.setPhysicalFunction(pci);
        VirtualFunctions vfs = fill(F.createVirtualFunctions());
        vfs.setPhysicalFunction(pci);
        config.getVirtualFunctions().add(vfs);
        config.getAssignments().addAll(List.of(byDevice, byGroup, byVfs));
        return config;
    }
}

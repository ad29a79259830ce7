package org.devassign.model.validation;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.of;
import static org.devassign.model.naming.Labels.size;

import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.RegionAccess;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Region;
import org.devassign.model.Register;
import org.devassign.model.SparseArea;
import org.devassign.model.facts.AssignmentTerms;

/**
 * A region's invariants: a positive size, mmap only where the kernel offers it ({@link Mmap}),
 * sparse areas and registers inside the region ({@link RegionAccess} for registers).
 */
final class RegionInvariants {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    private RegionInvariants() {
    }

    static void validateRegion(Region region, Report report) {
        if (region.getSize() <= 0) {
            report.error(ModelProblem.NON_POSITIVE_SIZE, region, PKG.getRegion_Size(),
                    "The " + of(region) + " has size " + region.getSize()
                            + ": a region's size must be positive; drop regions the device does not implement.");
            return;
        }
        if (region.isMmappable()) {
            validateMmap(region, report);
        }
        for (SparseArea area : region.getSparseAreas()) {
            if (area.getSize() <= 0 || area.getOffset() < 0 || area.getOffset() + area.getSize() > region.getSize()) {
                report.error(ModelProblem.SPARSE_AREA_OUTSIDE, area, PKG.getSparseArea_Offset(),
                        "A sparse mmap area at offset " + hex(area.getOffset()) + " size " + area.getSize() + " of the "
                                + of(region) + " is empty or lies outside the region's " + size(region.getSize())
                                + ": keep each area inside the region.");
            }
        }
        for (Register register : region.getRegisters()) {
            int width = register.getWidth();
            long bytes = width % 8 == 0 ? width / 8 : -1;
            if (RegionAccess.refusal(register.getOffset(), bytes, region.getSize()).isPresent()) {
                report.error(ModelProblem.REGISTER_OUTSIDE, register, PKG.getRegister_Offset(),
                        "Register " + register.getName() + " (" + width + "-bit at " + hex(register.getOffset()) + ") of the "
                                + of(region) + " must be 8, 16, 32 or 64 bits wide, aligned to its width, and inside the region's "
                                + size(region.getSize()) + ".");
            }
        }
    }

    private static void validateMmap(Region region, Report report) {
        Mmap.refusal(AssignmentTerms.mmapFacts(region)).ifPresent(refusal -> {
            if (refusal == Mmap.Refusal.IO_PORT || refusal == Mmap.Refusal.CONFIG_SPACE) {
                report.error(ModelProblem.MMAP_PORT_IO, region, PKG.getRegion_Mmappable(),
                        "The " + of(region) + " cannot be mmapped: " + refusal.why() + ". Clear 'mmappable'; "
                                + "access it with read/write on the device fd.");
                return;
            }
            report.error(ModelProblem.MMAP_MISALIGNED, region, PKG.getRegion_Mmappable(),
                    "The " + of(region) + " is marked mmappable but " + AssignmentTerms.explain(region, refusal)
                            + ": the kernel will not offer mmap for it. Clear 'mmappable' and use read/write access, "
                            + "or fix the base and size.");
        });
    }
}

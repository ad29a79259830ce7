package org.devassign.dsl.validation;

import static org.devassign.model.naming.Labels.hex;
import static org.devassign.model.naming.Labels.of;

import java.util.Optional;

import org.devassign.core.rules.Mmap;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Region;
import org.devassign.model.RegionMapping;
import org.devassign.model.facts.AssignmentTerms;
import org.eclipse.xtext.validation.Check;

/**
 * The regions an assignment maps: each must be one the kernel mmaps. When the board says it is
 * not, {@link Mmap#refusal} tells why from the region's facts (I/O ports, config space, a base or
 * size off the page), and otherwise the kernel's own report stands.
 */
public class RegionChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkRegionMapping(RegionMapping mapping) {
        Region region = mapping.getRegion();
        if (region == null || region.eIsProxy() || region.isMmappable()) {
            return;
        }
        Optional<Mmap.Refusal> refusal = Mmap.refusal(AssignmentTerms.mmapFacts(region));
        String why = refusal.map(r -> AssignmentTerms.explain(region, r)).orElse("the kernel does not report MMAP for it");
        error("The " + of(region) + " cannot be mmapped: " + why + ". Remove 'map' for it; the consumer can still read and write it"
                + " through the device fd at offset " + hex(region.getOffset()) + ".",
                mapping, PKG.getRegionMapping_Region(), IssueCodes.REGION_NOT_MMAPPABLE,
                region.getName() == null ? Integer.toString(region.getIndex()) : region.getName(), reason(refusal));
    }

    /** The issue data's reason word, which quick fixes and JSON output read. */
    private static String reason(Optional<Mmap.Refusal> refusal) {
        return refusal.map(r -> switch (r) {
            case IO_PORT -> "pio";
            case CONFIG_SPACE -> "config";
            case BASE_MISALIGNED -> "base";
            case SIZE_MISALIGNED -> "size";
        }).orElse("kernel");
    }
}

package org.devassign.discovery.devicetree;

import java.util.LinkedHashMap;
import java.util.Map;

import org.devassign.model.DtDependencyKind;

/**
 * The phandle-list properties that make one node depend on another, with the provider's cell-count
 * property (dtc's checks.c list, plus pinctrl, memory-region and the like).
 */
final class DependencyKinds {

    /**
     * How to read one property: dependency kind, the provider's {@code #...-cells} (null: no
     * arguments) and the count to assume when the provider lacks it (-1: it must have it).
     */
    record Spec(DtDependencyKind kind, String cellsProperty, int defaultCells) {
        Spec(DtDependencyKind kind, String cellsProperty) {
            this(kind, cellsProperty, -1);
        }
    }

    private static final Map<String, Spec> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put("clocks", new Spec(DtDependencyKind.CLOCK, "#clock-cells"));
        FIXED.put("assigned-clocks", new Spec(DtDependencyKind.CLOCK, "#clock-cells"));
        FIXED.put("assigned-clock-parents", new Spec(DtDependencyKind.CLOCK, "#clock-cells"));
        FIXED.put("resets", new Spec(DtDependencyKind.RESET, "#reset-cells"));
        FIXED.put("power-domains", new Spec(DtDependencyKind.POWER_DOMAIN, "#power-domain-cells"));
        FIXED.put("iommus", new Spec(DtDependencyKind.IOMMU, "#iommu-cells"));
        FIXED.put("dmas", new Spec(DtDependencyKind.DMA, "#dma-cells"));
        FIXED.put("phys", new Spec(DtDependencyKind.PHY, "#phy-cells"));
        FIXED.put("phy-handle", new Spec(DtDependencyKind.PHY, null));
        FIXED.put("interrupt-parent", new Spec(DtDependencyKind.INTERRUPT_PARENT, null));
        FIXED.put("mboxes", new Spec(DtDependencyKind.PHANDLE, "#mbox-cells"));
        FIXED.put("hwlocks", new Spec(DtDependencyKind.PHANDLE, "#hwlock-cells"));
        FIXED.put("io-channels", new Spec(DtDependencyKind.PHANDLE, "#io-channel-cells"));
        FIXED.put("pwms", new Spec(DtDependencyKind.PHANDLE, "#pwm-cells"));
        FIXED.put("mux-controls", new Spec(DtDependencyKind.PHANDLE, "#mux-control-cells"));
        FIXED.put("thermal-sensors", new Spec(DtDependencyKind.PHANDLE, "#thermal-sensor-cells"));
        FIXED.put("sound-dai", new Spec(DtDependencyKind.PHANDLE, "#sound-dai-cells"));
        FIXED.put("interconnects", new Spec(DtDependencyKind.PHANDLE, "#interconnect-cells"));
        FIXED.put("msi-parent", new Spec(DtDependencyKind.PHANDLE, "#msi-cells", 0));
        FIXED.put("nvmem-cells", new Spec(DtDependencyKind.PHANDLE, null));
        FIXED.put("memory-region", new Spec(DtDependencyKind.PHANDLE, null));
        FIXED.put("operating-points-v2", new Spec(DtDependencyKind.PHANDLE, null));
    }

    private DependencyKinds() {
    }

    /** The spec for a property name, or null when it is no phandle reference we follow. */
    static Spec of(String property) {
        Spec fixed = FIXED.get(property);
        if (fixed != null) {
            return fixed;
        }
        if (property.startsWith("pinctrl-") && property.length() > 8 && Character.isDigit(property.charAt(8))) {
            return new Spec(DtDependencyKind.PINCTRL, null);
        }
        if (property.equals("gpios") || property.equals("gpio")
                || ((property.endsWith("-gpios") || property.endsWith("-gpio")) && !property.startsWith("#")
                        && !property.equals("nr-gpios") && !property.endsWith(",nr-gpios"))) {
            return new Spec(DtDependencyKind.GPIO, "#gpio-cells");
        }
        return null;
    }
}

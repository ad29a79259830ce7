package org.devassign.discovery.devicetree;

import java.util.List;
import java.util.Set;

import org.devassign.model.Trigger;

/**
 * What an interrupt specifier means, per the binding of the controller that receives it: which cell
 * holds the trigger flags and the hardware number. Only bindings we know are decoded; for any
 * other controller the trigger stays {@link Trigger#UNKNOWN} rather than guessed.
 */
public final class InterruptBindings {

    /** The decoded specifier: trigger and the controller's hardware interrupt number (-1 when unknown). */
    public record Decoded(Trigger trigger, long line) {
    }

    /** ARM Generic Interrupt Controllers: 3 (or 4) cells, type / number / flags (arm,gic.yaml, arm,gic-v3.yaml). */
    private static final Set<String> GIC = Set.of("arm,gic-400", "arm,cortex-a15-gic", "arm,cortex-a9-gic", "arm,cortex-a7-gic",
            "arm,arm11mp-gic", "arm,arm1176jzf-devchip-gic", "arm,eb11mp-gic", "arm,tc11mp-gic", "arm,pl390",
            "arm,gic-v3", "brcm,brahma-b15-gic", "nvidia,tegra210-agic", "qcom,msm-8660-qgic", "qcom,msm-qgic2");

    /** Freescale/OpenPIC MPIC: cell 1 is the sense: 0 rising edge, 1 active-low level, 2 active-high level, 3 falling edge (fsl/mpic.txt). */
    private static final Set<String> MPIC = Set.of("fsl,mpic", "chrp,open-pic");

    /** Two-cell controllers whose second cell is the IRQ_TYPE_* flags (interrupt-controller/interrupts.txt). */
    private static final Set<String> TWO_CELL_TYPE = Set.of("fsl,ls-extirq", "fsl,ls1021a-extirq", "qcom,pdc",
            "allwinner,sun7i-a20-sc-nmi", "allwinner,sun6i-a31-sc-nmi", "allwinner,sun9i-a80-sc-nmi");

    private InterruptBindings() {
    }

    public static Decoded decode(DtNode controller, long[] spec, InterruptResolver resolver) {
        List<String> compatible = controller.strings("compatible");
        if (isGic(compatible)) {
            return gic(spec);
        }
        if (compatible.stream().anyMatch(MPIC::contains)) {
            if (spec.length >= 2) {
                long sense = spec[1];
                Trigger trigger = sense == 1 || sense == 2 ? Trigger.LEVEL : sense == 0 || sense == 3 ? Trigger.EDGE : Trigger.UNKNOWN;
                return new Decoded(trigger, spec[0]);
            }
            return new Decoded(Trigger.UNKNOWN, spec.length > 0 ? spec[0] : -1);
        }
        // a wake-up/routing controller stacked on a GIC takes GIC-style specifiers (irq_domain_translate_threecell)
        if (spec.length == 3 && stackedOnGic(controller, resolver)) {
            return gic(spec);
        }
        if (spec.length == 2 && (controller.has("gpio-controller") || compatible.stream().anyMatch(TWO_CELL_TYPE::contains))) {
            return new Decoded(irqType(spec[1]), spec[0]);
        }
        return new Decoded(Trigger.UNKNOWN, spec.length >= 1 && spec.length <= 2 ? spec[0] : -1);
    }

    private static boolean isGic(List<String> compatible) {
        return compatible.stream().anyMatch(GIC::contains);
    }

    private static boolean stackedOnGic(DtNode controller, InterruptResolver resolver) {
        DtNode parent = resolver.interruptParent(controller);
        for (int hops = 0; parent != null && parent != controller && hops < 8; hops++) {
            if (isGic(parent.strings("compatible"))) {
                return true;
            }
            DtNode next = resolver.interruptParent(parent);
            if (next == parent) {
                return false;
            }
            parent = next;
        }
        return false;
    }

    /** GIC: cell 0 type (0 SPI, 1 PPI, 2 ESPI, 3 EPPI), cell 1 number, cell 2 flags; the line is the INTID. */
    private static Decoded gic(long[] spec) {
        if (spec.length < 3) {
            return new Decoded(Trigger.UNKNOWN, -1);
        }
        long base = switch ((int) spec[0]) {
            case 0 -> 32;
            case 1 -> 16;
            case 2 -> 4096;
            case 3 -> 1056;
            default -> -1;
        };
        return new Decoded(irqType(spec[2] & 0xf), base < 0 ? -1 : base + spec[1]);
    }

    /** IRQ_TYPE_EDGE_RISING 1, _FALLING 2, _BOTH 3, IRQ_TYPE_LEVEL_HIGH 4, _LOW 8 (dt-bindings/interrupt-controller/irq.h). */
    static Trigger irqType(long flags) {
        long type = flags & 0xf;
        if (type == 1 || type == 2 || type == 3) {
            return Trigger.EDGE;
        }
        if (type == 4 || type == 8) {
            return Trigger.LEVEL;
        }
        return Trigger.UNKNOWN;
    }
}

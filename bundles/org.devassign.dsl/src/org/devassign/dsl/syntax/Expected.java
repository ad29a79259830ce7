package org.devassign.dsl.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;

/**
 * What the grammar allows at a place, in the words a person writes: keywords quoted ('to'), values
 * described (a name, a size such as 4096 or 1 MiB). Read from the grammar itself, so it never goes
 * stale: {@link #first} is what an element can start with, {@link #after} what may follow an
 * element within its rule.
 */
final class Expected {

    /** How the values of datatype and terminal rules are described. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("Name", "a name"), Map.entry("ID", "a name"), Map.entry("STRING", "a quoted string"),
            Map.entry("INT", "a number"), Map.entry("HEX", "a hex number"), Map.entry("Number", "a number (4096 or 0x1000)"),
            Map.entry("Int32", "a number"), Map.entry("UnixId", "a user or group id (0 to 4294967294)"),
            Map.entry("Size", "a size (4096, 0x1000 or 1 MiB)"), Map.entry("BoardRef", "the board file in quotes (\"FILE.board\")"),
            Map.entry("DeviceRef", "a device (its name, or its PCI address or sysfs name in quotes)"),
            Map.entry("GroupId", "an IOMMU group number"), Map.entry("MemberRef", "a region or interrupt (its name or index)"),
            Map.entry("MemberPart", "a region or interrupt (its name or index)"), Map.entry("RegionName", "a region name"),
            Map.entry("ReadOnly", "'read-only'"), Map.entry("WriteOnly", "'write-only'"));

    /** The nouns for the choices of each enum rule. */
    private static final Map<String, String> CHOICES = Map.of(
            "VfioDriver", "a VFIO driver", "OpenPath", "an open path", "ResetPolicy", "a reset policy",
            "IrqMode", "a delivery mode", "KernelCapability", "a kernel capability",
            "Protection", "a protection", "RegionKind", "a region kind", "InterruptKind", "an interrupt kind");

    private static final int DEPTH = 4;

    private Expected() {
    }

    /** What the element can start with. */
    static Set<String> first(EObject element) {
        Set<String> into = new LinkedHashSet<>();
        first(element, into, 0);
        return into;
    }

    /**
     * What may come after {@code element} within its rule: the elements after it in its groups up to
     * the first that must come, the element again if it repeats, the other members of an unordered
     * group. {@code endOfRule} says whether the rule may end there (then what follows the rule may come too).
     */
    static Set<String> after(AbstractElement element, boolean[] endOfRule) {
        Set<String> into = new LinkedHashSet<>();
        EObject current = element;
        endOfRule[0] = false;
        while (current instanceof AbstractElement e) {
            if (GrammarUtil.isMultipleCardinality(e)) {
                first(e, into, 0);
            }
            EObject parent = e.eContainer();
            if (parent instanceof Group group) {
                List<AbstractElement> elements = group.getElements();
                boolean mandatoryFound = false;
                for (int i = elements.indexOf(e) + 1; i < elements.size(); i++) {
                    first(elements.get(i), into, 0);
                    if (!GrammarUtil.isOptionalCardinality(elements.get(i))) {
                        mandatoryFound = true;
                        break;
                    }
                }
                if (mandatoryFound) {
                    return into;
                }
            } else if (parent instanceof UnorderedGroup group) {
                for (AbstractElement other : group.getElements()) {
                    if (other != e) {
                        first(other, into, 0);
                    }
                }
            }
            current = parent;
        }
        endOfRule[0] = true;
        return into;
    }

    /** The noun for an enum rule's choices ("a reset policy"), or null for any other element. */
    static String choiceOf(EObject element) {
        AbstractRule rule = element instanceof RuleCall call ? call.getRule() : null;
        return rule instanceof EnumRule ? CHOICES.getOrDefault(rule.getName(), "one of the choices") : null;
    }

    private static void first(EObject element, Set<String> into, int depth) {
        if (element == null) {
            return;
        }
        switch (element) {
            case Keyword keyword -> into.add("'" + keyword.getValue() + "'");
            case Assignment assignment -> first(assignment.getTerminal(), into, depth);
            case CrossReference reference -> first(reference.getTerminal(), into, depth);
            case Alternatives alternatives -> alternatives.getElements().forEach(e -> first(e, into, depth));
            case UnorderedGroup group -> group.getElements().forEach(e -> first(e, into, depth));
            case Group group -> {
                for (AbstractElement e : group.getElements()) {
                    first(e, into, depth);
                    if (!GrammarUtil.isOptionalCardinality(e)) {
                        break;
                    }
                }
            }
            case RuleCall call -> rule(call.getRule(), into, depth);
            case AbstractRule rule -> rule(rule, into, depth);
            case EnumLiteralDeclaration literal -> into.add("'" + literal.getLiteral().getValue() + "'");
            default -> { }
        }
    }

    private static void rule(AbstractRule rule, Set<String> into, int depth) {
        if (rule == null) {
            return;
        }
        String described = VALUES.get(rule.getName());
        if (described != null) {
            into.add(described);
        } else if (rule instanceof EnumRule || rule instanceof ParserRule && !GrammarUtil.isDatatypeRule(rule)) {
            if (depth < DEPTH) {
                first(rule.getAlternatives(), into, depth + 1);
            }
        } else if (rule instanceof TerminalRule || GrammarUtil.isDatatypeRule(rule)) {
            into.add("a " + rule.getName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** "'a', 'b' or a name"; long lists end in "...". */
    static String list(Set<String> items) {
        List<String> all = List.copyOf(items);
        int shown = Math.min(all.size(), 10);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(i == shown - 1 && shown == all.size() ? " or " : ", ");
            }
            text.append(all.get(i));
        }
        if (shown < all.size()) {
            text.append(", ...");
        }
        return text.toString();
    }
}

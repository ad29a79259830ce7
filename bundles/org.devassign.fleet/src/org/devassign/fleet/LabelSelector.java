package org.devassign.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.devassign.core.identity.Printable;

/**
 * Which boards a rollout takes, by their labels ({@link Presence#selectable}): terms separated by
 * commas, all of which must hold. {@code key=value} (a value may end in or hold {@code *}),
 * {@code key!=value}, {@code key} (the label is there), {@code !key} (it is not). The empty selector
 * takes every board. Example: {@code model=vm-q35,kernel=6.1*,site=lab2,!retired}.
 */
public final class LabelSelector {

    private record Term(String key, Pattern value, boolean negated, String text) {

        boolean holds(Map<String, String> labels) {
            String actual = labels.get(key);
            boolean match = value == null ? actual != null : actual != null && value.matcher(actual).matches();
            return negated != match;
        }
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<Term> terms;
    private final String text;

    private LabelSelector(List<Term> terms, String text) {
        this.terms = terms;
        this.text = text;
    }

    public static final LabelSelector ALL = new LabelSelector(List.of(), "");

    /** @throws IllegalArgumentException naming the term that is not one, and what terms look like */
    public static LabelSelector parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        List<Term> terms = new ArrayList<>();
        for (String raw : text.split(",")) {
            String term = raw.trim();
            boolean negated = false;
            String key;
            Pattern value = null;
            int ne = term.indexOf("!=");
            int eq = term.indexOf('=');
            if (ne > 0) {
                key = term.substring(0, ne).trim();
                value = glob(term.substring(ne + 2).trim());
                negated = true;
            } else if (eq > 0) {
                key = term.substring(0, eq).trim();
                value = glob(term.substring(eq + 1).trim());
            } else if (term.startsWith("!")) {
                key = term.substring(1).trim();
                negated = true;
            } else {
                key = term;
            }
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("the label selector term " + Printable.quote(term) + " is not one: write key=value, "
                        + "key!=value, key or !key (keys: letters, digits, '.', '-', '_'), terms separated by commas");
            }
            terms.add(new Term(key, value, negated, term));
        }
        return new LabelSelector(List.copyOf(terms), text.trim());
    }

    private static Pattern glob(String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : value.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    public boolean matches(Map<String, String> labels) {
        return terms.stream().allMatch(t -> t.holds(labels));
    }

    @Override
    public String toString() {
        return text;
    }
}

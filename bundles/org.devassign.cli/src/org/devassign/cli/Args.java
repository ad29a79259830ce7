package org.devassign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: {@code --name value} options, {@code --flag} switches and positional
 * arguments. Each command declares which options take a value and which are switches, so a typo
 * is an error that names the option instead of being ignored.
 */
public final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valued options that take a value, with their short aliases, e.g. {@code "-o", "--output"}
     * @param switches options without a value
     */
    public static Args parse(List<String> words, Set<String> valued, Set<String> switches) throws CommandFailure {
        Args args = new Args();
        boolean onlyPositional = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyPositional || !word.startsWith("-") || word.equals("-")) {
                args.positional.add(word);
            } else if (word.equals("--")) {
                onlyPositional = true;
            } else {
                String name = word;
                String value = null;
                int eq = word.indexOf('=');
                if (word.startsWith("--") && eq > 0) {
                    name = word.substring(0, eq);
                    value = word.substring(eq + 1);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= words.size()) {
                            throw CommandFailure.usage("option " + name + " needs a value");
                        }
                        value = words.get(++i);
                    }
                    args.options.put(name, value);
                } else if (switches.contains(name) && value == null) {
                    args.options.put(name, "true");
                } else {
                    throw CommandFailure.usage("unknown option " + name);
                }
            }
        }
        return args;
    }

    public List<String> positional() {
        return positional;
    }

    public String option(String... names) {
        for (String name : names) {
            if (options.containsKey(name)) {
                return options.get(name);
            }
        }
        return null;
    }

    public boolean flag(String... names) {
        return option(names) != null;
    }
}

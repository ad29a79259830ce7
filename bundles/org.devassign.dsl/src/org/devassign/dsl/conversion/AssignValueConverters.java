package org.devassign.dsl.conversion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.devassign.core.identity.Printable;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Text to values and back for the language's datatype rules: sizes with binary units ("1 MiB"),
 * hex numbers, Linux ids, and names that may be written plain (edu0, or a word of the language
 * such as irq) or quoted ("0000:00:01.0"). {@code toString} writes what a person would: units for
 * sizes, hex for addresses, quotes only when a name is not a plain word.
 *
 * <p>Every failure is a {@link ValueConverterException} with a message of ours and no cause: Xtext's
 * parser reports the cause's message when there is one, which would be Java's
 * ("For input string: ...").
 *
 * <p>One per injector, as Xtext's DefaultTerminalConverters is (its {@code @Singleton} does not pass
 * to a subclass): otherwise every parser, serializer and linking service of every resource made its
 * own, each reading the grammar's keywords and its converter methods again (two thirds of creating
 * a config's resource).
 */
@Singleton
public class AssignValueConverters extends DefaultTerminalConverters {

    private static final Pattern PLAIN = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String[] UNITS = { "KiB", "MiB", "GiB", "TiB" };

    private Set<String> keywords = Set.of();
    /** The words of the language that the Name rule accepts as names (config irq). */
    private Set<String> nameKeywords = Set.of();

    @Inject
    void readKeywords(IGrammarAccess grammar) {
        keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
        AbstractRule nameRule = GrammarUtil.findRuleForName(grammar.getGrammar(), "Name");
        Set<String> words = new HashSet<>();
        if (nameRule != null) {
            for (Keyword keyword : GrammarUtil.containedKeywords(nameRule)) {
                words.add(keyword.getValue());
            }
        }
        nameKeywords = Set.copyOf(words);
    }

    /** Name wraps ID: the same escaping ('^' for a keyword), except for the keywords Name accepts, written plain. */
    @ValueConverter(rule = "Name")
    public IValueConverter<String> Name() {
        return name;
    }

    private final IValueConverter<String> name = new IValueConverter<>() {
        @Override
        public String toValue(String text, INode node) {
            return ID().toValue(text, node);
        }

        @Override
        public String toString(String value) {
            return value != null && nameKeywords.contains(value) ? value : ID().toString(value);
        }
    };

    /** Whole numbers (counts, indexes, vCPUs, group numbers) up to 2^31-1. */
    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return integer;
    }

    private final IValueConverter<Integer> integer = new IValueConverter<>() {
        @Override
        public Integer toValue(String text, INode node) {
            if (text == null || text.isBlank()) {
                throw new ValueConverterException("a number is missing", node, null);
            }
            String digits = text.trim();
            if (!DIGITS.matcher(digits).matches()) {
                throw new ValueConverterException(Printable.quote(digits) + " is not a number", node, null);
            }
            if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                throw new ValueConverterException("the number " + abbreviate(digits) + " is too large here: at most " + Integer.MAX_VALUE,
                        node, null);
            }
            return Integer.valueOf(digits);
        }

        @Override
        public String toString(Integer value) {
            if (value == null || value < 0) {
                throw new ValueConverterException("a whole number of at least 0 is written here, not " + value, null, null);
            }
            return value.toString();
        }
    };

    @ValueConverter(rule = "UnixId")
    public IValueConverter<Long> UnixId() {
        return unixId;
    }

    /** uid and gid: any whole number a long holds; which of them Linux accepts is the validator's to say, with the element named. */
    private final IValueConverter<Long> unixId = new IValueConverter<>() {
        @Override
        public Long toValue(String text, INode node) {
            String digits = text == null ? "" : text.trim();
            if (!DIGITS.matcher(digits).matches()) {
                throw new ValueConverterException("a user or group id is a number from 0 to 4294967294", node, null);
            }
            if (digits.length() > 18) {
                throw new ValueConverterException("the id " + abbreviate(digits)
                        + " is too large: Linux user and group ids go from 0 to 4294967294", node, null);
            }
            return Long.valueOf(digits);
        }

        @Override
        public String toString(Long value) {
            if (value == null || value < 0) {
                throw new ValueConverterException("a user or group id is a number from 0 to 4294967294, not " + value, null, null);
            }
            return value.toString();
        }
    };

    @ValueConverter(rule = "BoardRef")
    public IValueConverter<String> BoardRef() {
        return wordOrString;
    }

    @ValueConverter(rule = "DeviceRef")
    public IValueConverter<String> DeviceRef() {
        return wordOrString;
    }

    @ValueConverter(rule = "RegionName")
    public IValueConverter<String> RegionName() {
        return wordOrString;
    }

    @ValueConverter(rule = "GroupId")
    public IValueConverter<String> GroupId() {
        return groupId;
    }

    @ValueConverter(rule = "MemberRef")
    public IValueConverter<String> MemberRef() {
        return memberRef;
    }

    @ValueConverter(rule = "Size")
    public IValueConverter<Long> Size() {
        return size;
    }

    @ValueConverter(rule = "Number")
    public IValueConverter<Long> Number() {
        return number;
    }

    @ValueConverter(rule = "HEX")
    public IValueConverter<Long> HEX() {
        return number;
    }

    @ValueConverter(rule = "Int32")
    public IValueConverter<Integer> Int32() {
        return int32;
    }

    @ValueConverter(rule = "ReadOnly")
    public IValueConverter<Boolean> ReadOnly() {
        return new FlagFalse("read-only");
    }

    @ValueConverter(rule = "WriteOnly")
    public IValueConverter<Boolean> WriteOnly() {
        return new FlagFalse("write-only");
    }

    /** Whether a name can be written without quotes. */
    public boolean isPlain(String name) {
        return PLAIN.matcher(name).matches() && (!keywords.contains(name) || nameKeywords.contains(name));
    }

    private String quoteUnlessPlain(String value) {
        if (value == null) {
            throw new ValueConverterException("a name is missing", null, null);
        }
        return isPlain(value) ? value : STRING().toString(value);
    }

    private String unquote(String text, INode node) {
        String trimmed = text.trim();
        if (trimmed.startsWith("\"") || trimmed.startsWith("'")) {
            return STRING().toValue(trimmed, node);
        }
        return trimmed.startsWith("^") ? trimmed.substring(1) : trimmed;
    }

    private final IValueConverter<String> wordOrString = new IValueConverter<>() {
        @Override
        public String toValue(String text, INode node) {
            return text == null ? null : unquote(text, node);
        }

        @Override
        public String toString(String value) {
            return quoteUnlessPlain(value);
        }
    };

    private final IValueConverter<String> groupId = new IValueConverter<>() {
        @Override
        public String toValue(String text, INode node) {
            return text == null ? null : text.trim();
        }

        @Override
        public String toString(String value) {
            if (value == null || !DIGITS.matcher(value).matches()) {
                throw new ValueConverterException("an IOMMU group is named by its number, not '" + value + "'", null, null);
            }
            return value;
        }
    };

    /** "BAR0", "0", "msi", "\"reg[0]\"", "edu2.BAR0": parts joined by '.', quotes removed. */
    private final IValueConverter<String> memberRef = new IValueConverter<>() {
        @Override
        public String toValue(String text, INode node) {
            if (text == null) {
                return null;
            }
            if (isBare(text)) {
                return text; // BAR0, msi, 0: nothing to split, unquote or trim (linking converts one per map and irq line)
            }
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == '.' && !quoted) {
                    parts.add(unquote(part.toString(), node));
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(unquote(part.toString(), node));
            return String.join(".", parts);
        }

        @Override
        public String toString(String value) {
            int dot = value.indexOf('.');
            if (dot > 0 && dot == value.lastIndexOf('.') && plainMember(value.substring(0, dot))
                    && plainMember(value.substring(dot + 1))) {
                return value;
            }
            return plainMember(value) ? value : STRING().toString(value);
        }

        /** No quotes, dots, escape or blanks: the text is its own value. */
        private static boolean isBare(String text) {
            if (text.isEmpty() || text.charAt(0) == '^') {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'' || c == '.' || c <= ' ') {
                    return false;
                }
            }
            return true;
        }

        private boolean plainMember(String part) {
            return DIGITS.matcher(part).matches() || isPlain(part);
        }
    };

    private final IValueConverter<Long> number = new IValueConverter<>() {
        @Override
        public Long toValue(String text, INode node) {
            return parseNumber(text, node);
        }

        @Override
        public String toString(Long value) {
            if (value == null) {
                throw new ValueConverterException("a number is missing", null, null);
            }
            return "0x" + Long.toHexString(value);
        }
    };

    private final IValueConverter<Integer> int32 = new IValueConverter<>() {
        @Override
        public Integer toValue(String text, INode node) {
            long value = parseNumber(text, node);
            if (value < Integer.MIN_VALUE || value > 0xffffffffL) {
                throw new ValueConverterException("the number " + abbreviate(text.trim()) + " does not fit in 32 bits", node, null);
            }
            return (int) value;
        }

        @Override
        public String toString(Integer value) {
            if (value == null) {
                throw new ValueConverterException("a number is missing", null, null);
            }
            return "0x" + Integer.toHexString(value);
        }
    };

    private final IValueConverter<Long> size = new IValueConverter<>() {
        @Override
        public Long toValue(String text, INode node) {
            if (text == null || text.isBlank()) {
                throw new ValueConverterException("a size is missing: write bytes, hex, or a number with KiB, MiB, GiB or TiB", node, null);
            }
            String[] words = text.trim().split("\\s+");
            long value = parseNumber(words[0], node);
            if (words.length == 1) {
                return value;
            }
            int shift = 10 * (1 + List.of(UNITS).indexOf(words[1]));
            if (shift == 0) {
                throw new ValueConverterException("unknown unit " + Printable.quote(words[1]) + ": use KiB, MiB, GiB or TiB", node, null);
            }
            if (value > (Long.MAX_VALUE >> shift)) {
                throw new ValueConverterException("the size " + abbreviate(text.trim()) + " is too large: at most 8 EiB", node, null);
            }
            return value << shift;
        }

        @Override
        public String toString(Long value) {
            if (value == null) {
                throw new ValueConverterException("a size is missing", null, null);
            }
            long v = value;
            int unit = -1;
            while (v != 0 && v % 1024 == 0 && unit < UNITS.length - 1) {
                v /= 1024;
                unit++;
            }
            return unit < 0 ? Long.toString(value) : v + " " + UNITS[unit];
        }
    };

    static long parseNumber(String text, INode node) {
        if (text == null || text.isBlank()) {
            throw new ValueConverterException("a number is missing", node, null);
        }
        String s = text.trim().replace("_", "").toLowerCase(Locale.ROOT);
        try {
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            boolean tooLarge = s.matches("0x[0-9a-f]+|[0-9]+");
            throw new ValueConverterException(tooLarge ? "the number " + abbreviate(text.trim()) + " is too large: at most 64 bits"
                    : Printable.quote(text.trim()) + " is not a number (write 4096 or 0x1000)", node, null);
        }
    }

    /** A number as shown in a message: the first 24 characters of a very long one. */
    private static String abbreviate(String digits) {
        return digits.length() <= 24 ? digits : digits.substring(0, 24) + "... (" + digits.length() + " digits)";
    }

    /** A keyword that sets a flag to false ('read-only' clears DmaWindow.writable). */
    private static final class FlagFalse implements IValueConverter<Boolean> {
        private final String keyword;

        FlagFalse(String keyword) {
            this.keyword = keyword;
        }

        @Override
        public Boolean toValue(String text, INode node) {
            return Boolean.FALSE;
        }

        @Override
        public String toString(Boolean value) {
            if (Boolean.TRUE.equals(value)) {
                throw new ValueConverterException("'" + keyword + "' is written only to clear the flag", null, null);
            }
            return keyword;
        }
    }
}

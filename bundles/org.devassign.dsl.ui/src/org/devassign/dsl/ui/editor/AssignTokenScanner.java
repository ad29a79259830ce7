package org.devassign.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

/** Lexical colours of .assign text: the grammar's keywords, comments, strings, numbers (with sizes such as 4 KiB). */
public class AssignTokenScanner extends RuleBasedScanner {

    /** The keywords of Assign.xtext that look like words (punctuation stays plain). */
    public static final Set<String> KEYWORDS = new TreeSet<>(List.of("config", "for", "board", "import", "vm", "memory", "vcpus",
            "machine", "memlock", "userspace", "uid", "gid", "socket", "probe", "assign", "group", "to", "driver", "open", "reset",
            "persistent", "force", "map", "read-only", "write-only", "irq", "start", "count", "dma", "at", "size", "auto", "vfio-pci",
            "vfio-platform", "vfio-fsl-mc", "cdev", "if-available", "required", "never", "eventfd", "masked", "arch", "page",
            "kernel", "capabilities", "pci", "platform", "vendor", "device", "class", "bridge", "path", "compatible", "protected",
            "region", "index", "read", "write", "mmap", "noiommu", "intx", "msi", "msix", "err", "req", "mmio", "pio", "rom",
            "mc-portal", "vfio-cdev", "iommufd", "type1v2", "none", "root-filesystem", "agent-connection", "management", "policy",
            "KiB", "MiB", "GiB", "TiB"));

    public AssignTokenScanner() {
        IToken keyword = new Token(Styles.KEYWORD.attribute());
        IToken comment = new Token(Styles.COMMENT.attribute());
        IToken string = new Token(Styles.STRING.attribute());
        IToken number = new Token(Styles.NUMBER.attribute());
        List<IRule> rules = new ArrayList<>();
        rules.add(new EndOfLineRule("//", comment));
        rules.add(new MultiLineRule("/*", "*/", comment));
        rules.add(new SingleLineRule("\"", "\"", string, '\\'));
        rules.add(new WhitespaceRule(Character::isWhitespace));
        rules.add(new NumberRule(number));
        // a word that is no keyword is one token in the default colour: otherwise the scanner would go on
        // inside it and colour its digits as a number ("q35") or a keyword within it ("myvm")
        WordRule words = new WordRule(new Words(), new Token(null));
        KEYWORDS.forEach(word -> words.addWord(word, keyword));
        rules.add(words);
        setRules(rules.toArray(IRule[]::new));
    }

    /** Names of the language: letters, digits, '_' and '-' ('^' escapes a keyword). */
    static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '^';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
    }

    /** 42, 0x1000, 0xfe40_0000. */
    static final class NumberRule implements IRule {
        private final IToken token;

        NumberRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (!Character.isDigit(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int read = 1;
            boolean hex = false;
            if (c == '0') {
                int x = scanner.read();
                read++;
                if (x == 'x' || x == 'X') {
                    hex = true;
                } else {
                    scanner.unread();
                    read--;
                }
            }
            for (c = scanner.read(); c != ICharacterScanner.EOF && (Character.isDigit(c) || (hex && (Character.digit(c, 16) >= 0 || c == '_')));
                    c = scanner.read()) {
                read++;
            }
            scanner.unread();
            return read > 0 ? token : Token.UNDEFINED;
        }
    }
}

package org.devassign.discovery.dts;

/**
 * Integers in cell arrays and directives: literals, character literals and dtc's C expressions
 * ({@code integer_prim} and {@code integer_expr} of dtc's grammar). Values are 64-bit unsigned as in
 * dtc: {@code / % < <= > >=} compare and divide unsigned, {@code >>} shifts in zeros, a shift by 64 or
 * more gives 0, arithmetic wraps, and every operand is evaluated (no short circuit, so
 * {@code (0 && (1 / 0))} is still a division by zero). Binary operators are read by precedence
 * climbing over dtc's ten levels, all left-associative; {@code ?:} is the lowest and groups to the
 * right. Nesting (parentheses, unary operators, {@code ?:}) is bounded at {@value #MAX_DEPTH} levels
 * so that hostile input gets an error naming its place instead of exhausting the stack.
 */
final class DtsExpressions {

    static final int MAX_DEPTH = 256;

    /** Binary operators by precedence level, lowest first, as dtc's grammar stacks them. */
    private static final String[][] LEVELS = {
        { "||" }, { "&&" }, { "|" }, { "^" }, { "&" }, { "==", "!=" }, { "<=", ">=", "<", ">" }, { "<<", ">>" },
        { "+", "-" }, { "*", "/", "%" }
    };

    private final DtsLexer lexer;
    private int depth;

    DtsExpressions(DtsLexer lexer) {
        this.lexer = lexer;
    }

    /** A literal, a character literal or a parenthesised C expression, as dtc's integer_prim. */
    long primary() throws DtsSyntaxException {
        lexer.skipSpace();
        char c = lexer.peek();
        if (c == '(') {
            Position at = lexer.position();
            lexer.next();
            nest(at);
            long v = expression();
            depth--;
            lexer.expect(')');
            return v;
        }
        if (c == '\'') {
            byte[] bytes = lexer.charLiteral();
            if (bytes.length != 1) {
                throw lexer.error("a character literal holds one character.");
            }
            return bytes[0] & 0xff;
        }
        if (c == '-' || c == '~' || c == '!') {
            // dtc wants parentheses here; sources fed through cpp sometimes lack them
            nest(lexer.position());
            lexer.next();
            long v = primary();
            depth--;
            return unaryOperator(c, v);
        }
        if (Character.isDigit(c)) {
            return literal();
        }
        throw lexer.error("expected a number, 'c' or a (expression), found " + lexer.describeNext() + ".");
    }

    private long literal() throws DtsSyntaxException {
        DtsLexer.Token token = lexer.literal();
        String text = token.text().replaceAll("(?i)(ull|ll|ul|lu|u|l)$", "");
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            if (text.startsWith("0b") || text.startsWith("0B")) {
                return Long.parseUnsignedLong(text.substring(2), 2);
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return Long.parseUnsignedLong(text.substring(1), 8);
            }
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw token.at().error("'" + token.text() + "' is not a number.");
        }
    }

    /** {@code a ? b : c} over the binary operators. */
    private long expression() throws DtsSyntaxException {
        long condition = binary(0);
        lexer.skipSpace();
        if (lexer.peek() != '?') {
            return condition;
        }
        nest(lexer.position());
        lexer.next();
        long a = expression();
        lexer.expect(':');
        long b = expression();
        depth--;
        return condition != 0 ? a : b;
    }

    /** Operators of {@code minLevel} and above, left to right; a tighter operator on the right binds first. */
    private long binary(int minLevel) throws DtsSyntaxException {
        long left = unary();
        while (true) {
            lexer.skipSpace();
            int level = levelOfNext();
            if (level < minLevel) {
                return left;
            }
            String op = operatorAt(level);
            Position at = lexer.position();
            for (int i = 0; i < op.length(); i++) {
                lexer.next();
            }
            long right = binary(level + 1);
            left = apply(op, left, right, at);
        }
    }

    private static long apply(String op, long left, long right, Position at) throws DtsSyntaxException {
        return switch (op) {
            case "||" -> (left != 0 || right != 0) ? 1 : 0;
            case "&&" -> (left != 0 && right != 0) ? 1 : 0;
            case "|" -> left | right;
            case "^" -> left ^ right;
            case "&" -> left & right;
            case "==" -> left == right ? 1 : 0;
            case "!=" -> left != right ? 1 : 0;
            case "<=" -> Long.compareUnsigned(left, right) <= 0 ? 1 : 0;
            case ">=" -> Long.compareUnsigned(left, right) >= 0 ? 1 : 0;
            case "<" -> Long.compareUnsigned(left, right) < 0 ? 1 : 0;
            case ">" -> Long.compareUnsigned(left, right) > 0 ? 1 : 0;
            // dtc: a count of 64 or more (unsigned) shifts everything out; Java would take it modulo 64
            case "<<" -> Long.compareUnsigned(right, 64) < 0 ? left << right : 0;
            case ">>" -> Long.compareUnsigned(right, 64) < 0 ? left >>> right : 0;
            case "+" -> left + right;
            case "-" -> left - right;
            case "*" -> left * right;
            default -> {
                if (right == 0) {
                    throw at.error("division by zero.");
                }
                yield op.equals("/") ? Long.divideUnsigned(left, right) : Long.remainderUnsigned(left, right);
            }
        };
    }

    /** The precedence level of the binary operator at the cursor, or -1 when none is there. */
    private int levelOfNext() {
        for (int level = LEVELS.length - 1; level >= 0; level--) {
            if (operatorAt(level) != null) {
                return level;
            }
        }
        return -1;
    }

    private String operatorAt(int level) {
        for (String op : LEVELS[level]) {
            if (!lexer.startsWith(op)) {
                continue;
            }
            // a one-character operator must not be the start of a longer one
            boolean longer = switch (op) {
                case "|" -> lexer.startsWith("||");
                case "&" -> lexer.startsWith("&&");
                case "<" -> lexer.startsWith("<<") || lexer.startsWith("<=");
                case ">" -> lexer.startsWith(">>") || lexer.startsWith(">=");
                default -> false;
            };
            if (!longer) {
                return op;
            }
        }
        return null;
    }

    private long unary() throws DtsSyntaxException {
        lexer.skipSpace();
        char c = lexer.peek();
        if (c == '-' || c == '~' || c == '!' || c == '+') {
            nest(lexer.position());
            lexer.next();
            long v = unary();
            depth--;
            return c == '+' ? v : unaryOperator(c, v);
        }
        return primary();
    }

    private static long unaryOperator(char c, long v) {
        return c == '-' ? -v : c == '~' ? ~v : (v == 0 ? 1 : 0);
    }

    private void nest(Position at) throws DtsSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw at.error("the expression nests deeper than " + MAX_DEPTH + " levels (parentheses, unary operators, "
                    + "?:): write it flatter.");
        }
    }
}

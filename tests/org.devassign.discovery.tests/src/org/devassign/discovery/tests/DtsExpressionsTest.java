package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.dts.DtsReader;
import org.devassign.discovery.dts.DtsSyntaxException;
import org.devassign.discovery.fdt.DtbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DTS reader's C expressions against dtc's: random expressions over every operator, with
 * precedence left to the parsers (no parentheses added), 64-bit literals, shift counts of 64 and
 * more, unsigned comparisons and division, compiled by dtc and read by the DTS reader, cell by cell.
 * The seed is fixed, so a failure names an expression that can be tried again.
 */
class DtsExpressionsTest {

    private static final String[] BINARY = { "||", "&&", "|", "^", "&", "==", "!=", "<", "<=", ">", ">=", "<<", ">>", "+",
        "-", "*", "/", "%" };
    private static final String[] LITERALS = { "0", "1", "2", "3", "7", "31", "32", "63", "64", "65", "100", "0xff",
        "0xffffffff", "0x100000000", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "017", "0X1F",
        "'a'", "'\\n'", "'\\x7f'", "1U", "2UL", "3ULL", "4L" };

    @TempDir
    Path dir;

    @Test
    void randomExpressionsEvaluateAsDtcEvaluatesThem() throws Exception {
        Random random = new Random(20261204);
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            expressions.add(expression(random, 4));
        }
        StringBuilder source = new StringBuilder("/dts-v1/;\n/ {\n");
        for (int i = 0; i < expressions.size(); i++) {
            source.append("    e").append(i).append(" = /bits/ 64 <(").append(expressions.get(i)).append(")>;\n");
        }
        source.append("};\n");
        Path dts = dir.resolve("expressions.dts");
        Files.writeString(dts, source);
        DeviceTree reference = DtbReader.read(Oracles.dtcCompile(dts, dir.resolve("expressions.dtb")));

        DeviceTree ours = DtsReader.read(dts);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            long dtc = reference.root().property("e" + i).number(0, 2);
            long read = ours.root().property("e" + i).number(0, 2);
            if (dtc != read) {
                wrong.add(expressions.get(i) + " = 0x" + Long.toHexString(read) + ", dtc: 0x" + Long.toHexString(dtc));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shiftsAndUnsignedArithmeticAtTheEdgesMatchDtc() throws Exception {
        List<String> edges = List.of("1 << 63", "1 << 64", "1 << 65", "3 >> 64", "1 << -1", "0x8000000000000000 >> 63",
                "-1 >> 1", "~0 / 3", "-7 / 2", "-7 % 3", "0xffffffffffffffff + 2", "-1 < 0", "-1 > 0", "0 - 1",
                "1 ? 2 : 3 ? 4 : 5", "0 ? 2 : 0 ? 4 : 5", "2 * 3 + 4 << 1", "1 - 2 - 3", "100 / 7 / 2", "!0 + !5 + ~0",
                "1 || 0 && 0", "6 & 3 ^ 1 | 8", "1 == 1 != 0", "3 < 2 == 0");
        StringBuilder source = new StringBuilder("/dts-v1/;\n/ {\n");
        for (int i = 0; i < edges.size(); i++) {
            source.append("    e").append(i).append(" = /bits/ 64 <(").append(edges.get(i)).append(")>;\n");
        }
        Path dts = dir.resolve("edges.dts");
        Files.writeString(dts, source.append("};\n"));
        DeviceTree reference = DtbReader.read(Oracles.dtcCompile(dts, dir.resolve("edges.dtb")));

        DeviceTree ours = DtsReader.read(dts);

        assertEquals(List.of(), TestFiles.differences(reference, ours));
        assertEquals(0, ours.root().property("e1").number(0, 2), "1 << 64 shifts everything out, as in dtc");
    }

    @Test
    void divisionByZeroIsAnErrorAtTheOperator() throws Exception {
        Path dts = dir.resolve("zero.dts");
        Files.writeString(dts, "/dts-v1/;\n/ {\n    x = <(4 + 1 % (2 - 2))>;\n};\n");
        DtsSyntaxException e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(dts));
        assertTrue(e.getMessage().startsWith(dts + ":3:17: division by zero"), e.getMessage());
    }

    /** A flat chain of operands and binary operators, or a ?: of such chains; precedence is the parsers' business. */
    private static String expression(Random random, int depth) {
        StringBuilder b = new StringBuilder(operand(random, depth));
        int operators = random.nextInt(4);
        for (int i = 0; i < operators; i++) {
            String op = BINARY[random.nextInt(BINARY.length)];
            b.append(space(random)).append(op).append(space(random));
            // dtc stops at a division by zero; an odd divisor never is zero
            b.append(op.equals("/") || op.equals("%") ? "(" + operand(random, depth) + " | 1)" : operand(random, depth));
        }
        if (depth > 0 && random.nextInt(6) == 0) {
            b.append(" ? ").append(expression(random, depth - 1)).append(" : ").append(expression(random, depth - 1));
        }
        return b.toString();
    }

    private static String operand(Random random, int depth) {
        int kind = depth == 0 ? random.nextInt(2) : random.nextInt(5);
        return switch (kind) {
            case 0 -> LITERALS[random.nextInt(LITERALS.length)];
            case 1 -> "0x" + Long.toHexString(random.nextLong());
            case 2 -> "-~!".charAt(random.nextInt(3)) + space(random) + operand(random, depth - 1);
            default -> "(" + expression(random, depth - 1) + ")";
        };
    }

    private static String space(Random random) {
        return random.nextBoolean() ? " " : "";
    }
}

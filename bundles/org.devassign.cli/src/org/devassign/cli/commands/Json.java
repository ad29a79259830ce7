package org.devassign.cli.commands;

import java.util.List;

import org.devassign.dsl.workspace.Problem;

/** The little JSON the CLI writes (problems for CI), without a JSON library on the class path. */
final class Json {

    private Json() {
    }

    static String problems(List<Problem> problems) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ").append("{\"file\": ").append(string(String.valueOf(p.file())))
                    .append(", \"line\": ").append(p.line()).append(", \"column\": ").append(p.column())
                    .append(", \"severity\": ").append(string(p.severity())).append(", \"code\": ")
                    .append(p.code() == null ? "null" : string(p.code())).append(", \"message\": ").append(string(p.message()))
                    .append(", \"data\": [");
            for (int j = 0; j < p.data().size(); j++) {
                json.append(j == 0 ? "" : ", ").append(string(p.data().get(j)));
            }
            json.append("]}");
        }
        return json.append(problems.isEmpty() ? "]" : "\n]").toString();
    }

    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

package org.aikg.shell.runtime;

import java.util.ArrayList;
import java.util.List;

/** Splits a script into commands: one per line, except a SPARQL query, which runs until a line ending in ';' or a blank line. */
public final class ScriptReader {

    /** One command of a script as words, and the line it starts on. */
    public record Statement(int line, List<String> words) {}

    private ScriptReader() {}

    public static List<Statement> statements(List<String> lines) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int start = i + 1;
            if (SparqlInput.startsQuery(line)) {
                StringBuilder text = new StringBuilder(lines.get(i));
                while (!SparqlInput.complete(text.toString()) && i + 1 < lines.size()) {
                    i++;
                    if (lines.get(i).isBlank()) {
                        break;
                    }
                    text.append('\n').append(lines.get(i));
                }
                statements.add(new Statement(start, SparqlInput.words(text.toString())));
            } else {
                statements.add(new Statement(start, Tokenizer.split(line)));
            }
        }
        return statements;
    }
}

package org.aikg.shell.runtime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * SPARQL typed directly at the prompt or in a script: a line that starts with a query keyword begins a query
 * (DESCRIBE in capitals; {@code describe} in lower case is the aikg command),
 * which is complete when its braces balance and it ends with ';' (or, at the prompt, at an empty line).
 */
public final class SparqlInput {

    /** Query keywords in any case, but DESCRIBE only in capitals: lower-case {@code describe} is the aikg command. */
    private static final Pattern START = Pattern.compile(
            "^\\s*((?i:PREFIX|BASE|SELECT|ASK|CONSTRUCT|INSERT|DELETE|WITH)|DESCRIBE)\\b.*", Pattern.DOTALL);

    private SparqlInput() {}

    public static boolean startsQuery(String line) {
        return START.matcher(line).matches();
    }

    /** Whether the text is a whole query: braces balanced (outside strings, IRIs and comments) and a final ';'. */
    public static boolean complete(String text) {
        return depth(text) == 0 && text.stripTrailing().endsWith(";");
    }

    /** The brace depth at the end of the text, ignoring braces in strings, IRIs and comments. */
    public static int depth(String text) {
        int depth = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                comment = c != '\n';
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                i = endOfIri(text, i);
            } else if (c == '#') {
                comment = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** Where an IRI that starts at i ends, or i itself when the '<' is a less-than sign. */
    private static int endOfIri(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j;
            }
            if (Character.isWhitespace(c) || c == '<') {
                return i;
            }
        }
        return i;
    }

    private static final Pattern UPDATE = Pattern.compile(
            "(?is)^(\\s*(PREFIX\\s+[^\\s:]*:\\s*<[^>]*>|BASE\\s*<[^>]*>|#[^\\n]*\\n))*\\s*(INSERT|DELETE|WITH|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\\b.*");

    /** The text as the words of a `query` or, for INSERT, DELETE and the other update forms, an `update` command, without its final ';'. */
    public static List<String> words(String text) {
        String query = text.stripTrailing();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        return List.of(UPDATE.matcher(query).matches() ? "update" : "query", query);
    }
}

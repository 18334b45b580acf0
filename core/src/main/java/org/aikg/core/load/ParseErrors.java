package org.aikg.core.load;

import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns what a parser reports into one-line refusals naming the input and, where known, line and column. Jena reports a
 * bad IRI (a space, a control character, an illegal character) or an ill-formed literal as a warning and then keeps
 * the term; aikg refuses those too. Only advice about an IRI that is legal but unwise (lower-case percent encoding, an
 * upper-case scheme) lets the import go on.
 */
final class ParseErrors implements ErrorHandler {

    private static final String ADVICE = "Unwise IRI";

    private final String input;
    private AikgException first;

    ParseErrors(String input) {
        this.input = input;
    }

    @Override
    public void warning(String message, long line, long col) {
        if (message == null || !message.startsWith(ADVICE)) {
            fatal(message, line, col);
        }
    }

    @Override
    public void error(String message, long line, long col) {
        fatal(message, line, col);
    }

    /** Refuses the input; a parser that reports again after catching the refusal (JSON-LD does) gets the first one back. */
    @Override
    public void fatal(String message, long line, long col) {
        if (first == null) {
            first = new AikgException(Kind.SYNTAX, input + where(line, col) + ": " + oneLine(message));
        }
        throw first;
    }

    /** ":line:column", ":line", or nothing, as far as the position is known. */
    static String where(long line, long col) {
        return line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "";
    }

    /**
     * A parser message on one line, without the position prefix some parsers add, and with control characters (which
     * may come from the input) shown as code points.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String text = message.strip().replaceAll("\\s+", " ").replaceFirst("^\\[line: \\d+, col: \\d+ *\\] *", "");
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}

package org.aikg.shell.interactive;

import org.aikg.shell.runtime.SparqlInput;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/** Keeps the prompt open while a SPARQL query is incomplete: until braces balance and it ends in ';', or an empty line. */
final class SparqlLineParser extends DefaultParser {

    SparqlLineParser() {
        setEofOnUnclosedQuote(false);
        setEscapeChars(null);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && SparqlInput.startsQuery(line)
                && !SparqlInput.complete(line) && !line.endsWith("\n")) {
            throw new EOFError(-1, -1, "SPARQL query continues", "query");
        }
        return super.parse(line, cursor, context);
    }
}

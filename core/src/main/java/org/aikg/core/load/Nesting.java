package org.aikg.core.load;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;

/**
 * Explains a parser that ran out of stack: finds, without recursion, where the input is nested deepest (brackets,
 * collections, graphs and triple terms in the Turtle family, objects and arrays in JSON) and names that place.
 */
final class Nesting {

    /** The deepest point of an input: how deep, and where it was first reached (0 when unknown). */
    record Deepest(long depth, long line, long column) {}

    private Nesting() {}

    /** The refusal for an input that overflowed the parser's stack. */
    static AikgException tooDeep(String input, Lang lang, Supplier<InputStream> reopen) {
        Deepest deepest;
        try (InputStream in = reopen.get()) {
            deepest = lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11) ? json(in) : turtleFamily(in);
        } catch (IOException | RuntimeException e) {
            deepest = new Deepest(0, 0, 0);
        }
        String depth = deepest.depth() > 0 ? " (" + deepest.depth() + " levels)" : "";
        return new AikgException(Kind.SYNTAX, input + ParseErrors.where(deepest.line(), deepest.column())
                + ": nested too deeply to read" + depth);
    }

    /** The deepest point of Turtle, TriG, N-Triples or N-Quads, read with Jena's tokenizer; stops at a bad token. */
    static Deepest turtleFamily(InputStream in) {
        Tokenizer tokens = TokenizerText.create().source(in).errorHandler(ErrorHandlerFactory.errorHandlerExceptions()).build();
        long depth = 0;
        Deepest deepest = new Deepest(0, 0, 0);
        try {
            while (tokens.hasNext()) {
                Token token = tokens.next();
                switch (token.getType()) {
                    case LBRACKET, LPAREN, LBRACE, LT2, L_TRIPLE, L_ANN -> {
                        if (++depth > deepest.depth()) {
                            deepest = new Deepest(depth, token.getLine(), token.getColumn());
                        }
                    }
                    case RBRACKET, RPAREN, RBRACE, GT2, R_TRIPLE, R_ANN -> depth = Math.max(0, depth - 1);
                    default -> {}
                }
            }
        } catch (RiotException stop) {
            return deepest;
        }
        return deepest;
    }

    /** The deepest point of a JSON document, read with a streaming parser; stops at malformed JSON. */
    static Deepest json(InputStream in) {
        long depth = 0;
        Deepest deepest = new Deepest(0, 0, 0);
        try (JsonParser parser = Json.createParser(in)) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > deepest.depth()) {
                            JsonLocation at = parser.getLocation();
                            deepest = new Deepest(depth, at.getLineNumber(), at.getColumnNumber());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {}
                }
            }
        } catch (JsonException stop) {
            return deepest;
        }
        return deepest;
    }
}

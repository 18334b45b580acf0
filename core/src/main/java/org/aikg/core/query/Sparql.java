package org.aikg.core.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.Prefixes;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/** Parses SPARQL with the project's prefixes pre-declared; a syntax error becomes one line with its line and column. */
public final class Sparql {

    private static final Pattern ENCOUNTERED = Pattern.compile(
            "Encountered (.*?) at line (\\d+), column (\\d+)\\.", Pattern.DOTALL);

    private static final Pattern LEXICAL = Pattern.compile(
            "Lexical error at line (\\d+), column (\\d+)\\.\\s*Encountered: (.*?) after prefix \"(.*)\"", Pattern.DOTALL);

    private Sparql() {}

    /** A query; the standard prefixes need no declaration. */
    public static Query parseQuery(String text) {
        Query query = new Query();
        query.setPrefixMapping(prefixes());
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw syntaxError(e);
        } catch (QueryException e) {
            throw unbuildable(e);
        }
        return query;
    }

    /** An update request; the standard prefixes need no declaration. */
    public static UpdateRequest parseUpdate(String text) {
        UpdateRequest request = new UpdateRequest();
        request.setPrefixMapping(prefixes());
        try {
            UpdateFactory.parse(request, text);
        } catch (QueryParseException e) {
            throw syntaxError(e);
        } catch (QueryException e) {
            throw unbuildable(e);
        }
        return request;
    }

    private static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
    }

    /**
     * A one-line syntax error that names line and column and the unexpected token, without the parser's wish list,
     * for any text Jena's SPARQL parser read.
     */
    public static SyntaxError syntaxError(QueryParseException e) {
        if (e.getCause() instanceof StackOverflowError) {
            return new SyntaxError("the query is nested too deeply to read", 0, 0, e);
        }
        String message = e.getMessage() == null ? "a malformed query or update" : e.getMessage().strip().replaceFirst("^Line \\d+, column \\d+: ", "");
        int line = e.getLine();
        int column = e.getColumn();
        Matcher m = ENCOUNTERED.matcher(message);
        if (m.find()) {
            line = Integer.parseInt(m.group(2));
            column = Integer.parseInt(m.group(3));
            String token = m.group(1).replaceAll("<[A-Z_0-9]+>", " ").replace("\"", " ").strip();
            message = m.group(1).contains("<EOF>") ? "the query ends too early"
                    : "unexpected '" + (token.isEmpty() ? "?" : token.split("\\s+")[0]) + "'";
        } else if ((m = LEXICAL.matcher(message)).find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
            String text = m.group(4).replace("\\\"", "\"");
            message = m.group(3).contains("<EOF>") ? "unterminated text starting " + text
                    : "unrecognised text '" + text + "'";
        } else {
            message = message.replaceAll("\\s+", " ");
        }
        String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return new SyntaxError(where + message, line, column, e);
    }

    /**
     * A one-line syntax error for text the parser read but could not build into a query or update: a variable
     * projected twice, the bad flags of a constant regular expression.
     */
    static SyntaxError unbuildable(QueryException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        return new SyntaxError(message.isEmpty() ? "a malformed query or update" : message, 0, 0, e);
    }

    /** A syntax error with its position, so that a prompt can put a caret under the offending column. */
    public static final class SyntaxError extends AikgException {

        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column, Throwable cause) {
            super(Kind.SYNTAX, (line > 0 ? "Syntax error at " : "Syntax error: ") + message, cause);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}

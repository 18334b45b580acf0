package org.aikg.core.tabular;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.Sparql;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;

/** Reads a mapping's text: the header lines in its comments, then the SPARQL CONSTRUCT, checked before any row is read. */
final class MappingParser {

    private static final Pattern TOKEN = Pattern.compile("\\?(\\w+)|\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");

    private MappingParser() {}

    /**
     * Parses a mapping.
     *
     * @param name how errors name it (its file, or its shipped name with .rq)
     * @param includes resolves an @include path relative to the mapping; null when there is no such file
     */
    static Mapping parse(String name, String text, Function<String, URL> includes) {
        Query query = query(name, text);
        String description = null;
        String graph = null;
        List<Column> columns = new ArrayList<>();
        List<URL> included = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                continue;
            }
            String content = line.substring(1).strip();
            String where = name + ":" + (i + 1) + ": ";
            if (!content.startsWith("@")) {
                if (description == null && !content.isEmpty()) {
                    description = content;
                }
                continue;
            }
            String directive = content.split("\\s+", 2)[0];
            String rest = content.substring(directive.length()).strip();
            switch (directive) {
                case "@graph" -> {
                    if (graph != null) {
                        throw new AikgException(Kind.SYNTAX, where + "a mapping has one @graph");
                    }
                    graph = rest;
                    if (graph.isEmpty()) {
                        throw new AikgException(Kind.SYNTAX, where + "@graph needs an IRI or a prefixed name");
                    }
                }
                case "@include" -> {
                    URL url = rest.isEmpty() ? null : includes.apply(rest);
                    if (url == null) {
                        throw new AikgException(Kind.SYNTAX, where + "@include: no such file: " + rest);
                    }
                    included.add(url);
                }
                case "@column" -> columns.add(column(where, rest));
                default -> throw new AikgException(Kind.SYNTAX, where + "unknown header line " + directive
                        + "; a mapping's header has @graph, @include and @column lines");
            }
        }
        if (!query.isConstructType()) {
            throw new AikgException(Kind.SYNTAX, name + ": a mapping holds one SPARQL CONSTRUCT query");
        }
        if (query.hasDatasetDescription()) {
            throw new AikgException(Kind.SYNTAX, name + ": FROM and FROM NAMED mean nothing in a mapping, which sees one row and no data");
        }
        if (columns.isEmpty()) {
            throw new AikgException(Kind.SYNTAX, name + ": no @column line; declare the columns the query reads, e.g. "
                    + "# @column ?model \"Model\" string required");
        }
        checkUnique(name, columns);
        RowMapper.prepare(name, query, TabularFunctions.context(null));
        return new Mapping(name, description == null ? "" : description, graph == null ? null : graph(name, graph, query),
                columns, included, query);
    }

    private static Query query(String name, String text) {
        try {
            return QueryFactory.create(text, AIKG.ID, Syntax.syntaxSPARQL_12);
        } catch (QueryParseException e) {
            if (e.getLine() <= 0) {
                // The parser's position is only in its message (a token it cannot start a query with, say).
                throw new AikgException(Kind.SYNTAX, name + ": " + Sparql.syntaxError(e).getMessage(), e);
            }
            String message = String.valueOf(e.getMessage()).strip();
            message = message.replaceFirst("(?s)^Line \\d+, column \\d+: *", "").replaceFirst("(?s)\\s*Was expecting.*$", "");
            message = message.replaceFirst(" at line \\d+, column \\d+\\.?$", "").replaceAll("\\s+", " ");
            throw new AikgException(Kind.SYNTAX, name + ":" + e.getLine() + ":" + e.getColumn() + ": " + message, e);
        } catch (QueryException e) {
            throw new AikgException(Kind.SYNTAX, name + ": " + String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " "), e);
        }
    }

    private static Column column(String where, String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        String variable = null;
        while (m.find()) {
            if (m.group(1) != null) {
                if (variable != null || !words.isEmpty()) {
                    throw new AikgException(Kind.SYNTAX, where + "@column names one variable, first");
                }
                variable = m.group(1);
            } else if (m.group(2) != null) {
                words.add(m.group(2).replaceAll("\\\\(.)", "$1"));
                quoted.add(true);
            } else {
                words.add(m.group(3));
                quoted.add(false);
            }
        }
        String usage = "; write @column ?var \"Header name\" [\"Alias\" ...] type [required]";
        if (variable == null) {
            throw new AikgException(Kind.SYNTAX, where + "@column needs a variable" + usage);
        }
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < words.size() && quoted.get(i)) {
            names.add(words.get(i++));
        }
        if (names.isEmpty() || i >= words.size()) {
            throw new AikgException(Kind.SYNTAX, where + "@column needs a header name in quotes and a type" + usage);
        }
        String typeWord = words.get(i++);
        CellType type = CellType.named(typeWord).orElseThrow(() -> new AikgException(Kind.SYNTAX,
                where + "unknown column type '" + typeWord + "'; use " + CellType.words()));
        boolean required = false;
        if (i < words.size() && !quoted.get(i) && words.get(i).equals("required")) {
            required = true;
            i++;
        }
        if (i < words.size()) {
            throw new AikgException(Kind.SYNTAX, where + "unexpected '" + words.get(i) + "' in @column" + usage);
        }
        return new Column(Var.alloc(variable), names.getFirst(), names.subList(1, names.size()), type, required);
    }

    private static void checkUnique(String name, List<Column> columns) {
        Set<String> variables = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (Column c : columns) {
            if (!variables.add(c.variable().getVarName())) {
                throw new AikgException(Kind.SYNTAX, name + ": ?" + c.variable().getVarName() + " is declared by two @column lines");
            }
            for (String header : c.names()) {
                if (!headers.add(header)) {
                    throw new AikgException(Kind.SYNTAX, name + ": the header name \"" + header + "\" is declared twice");
                }
            }
        }
    }

    private static Node graph(String name, String text, Query query) {
        String iri;
        if (text.startsWith("<") && text.endsWith(">")) {
            iri = text.substring(1, text.length() - 1);
        } else {
            iri = query.getPrefixMapping().expandPrefix(text);
            if (iri.equals(text)) {
                throw new AikgException(Kind.SYNTAX, name + ": @graph " + text + " is neither <IRI> nor a name with a declared prefix");
            }
        }
        try {
            return NodeFactory.createURI(CellType.absoluteIri(iri));
        } catch (IllegalArgumentException e) {
            throw new AikgException(Kind.SYNTAX, name + ": @graph " + text + " is not an absolute IRI");
        }
    }
}

package org.aikg.core.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.format.TableWriter;
import org.aikg.core.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** Runs SPARQL queries against a store with the project's prefixes, a deadline, a row cap and the security policy. */
public final class QueryRunner {

    private final Store store;

    public QueryRunner(Store store) {
        this.store = store;
    }

    /** The store the queries run against. */
    public Store store() {
        return store;
    }

    /** Parses query text with the standard prefixes pre-declared; syntax errors name their line and column. */
    public static Query parse(String text) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw syntaxError(e);
        }
        refuseService(query);
        return query;
    }

    private static final java.util.regex.Pattern ENCOUNTERED = java.util.regex.Pattern.compile(
            "Encountered (.*?) at line (\\d+), column (\\d+)\\.", java.util.regex.Pattern.DOTALL);

    private static final java.util.regex.Pattern LEXICAL = java.util.regex.Pattern.compile(
            "Lexical error at line (\\d+), column (\\d+)\\.\\s*Encountered: (.*?) after prefix \"(.*)\"", java.util.regex.Pattern.DOTALL);

    /** A one-line syntax error that names line and column and the unexpected token, without the parser's wish list. */
    public static AikgException syntaxError(QueryParseException e) {
        String message = String.valueOf(e.getMessage()).strip().replaceFirst("^Line \\d+, column \\d+: ", "");
        int line = e.getLine();
        int column = e.getColumn();
        java.util.regex.Matcher m = ENCOUNTERED.matcher(message);
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

    /** A syntax error with its position, for carets under the offending column. */
    public static final class SyntaxError extends AikgException {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column, Throwable cause) {
            super(Kind.SYNTAX, "Syntax error at " + message, cause);
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

    private static void refuseService(Query query) {
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                throw new AikgException(Kind.REFUSED, "SERVICE is refused: aikg queries only its own store (SERVICE "
                        + el.getServiceNode() + ")");
            }
        });
    }

    /** Runs a query and writes its result to out in the format; tabular formats for SELECT/ASK, RDF for the others. */
    public QueryOutcome run(QueryRequest request, OutputFormat format, OutputStream out) {
        Query query = parse(request.text());
        return run(query, guessParams(query, request), request, format, out);
    }

    /** Runs a SELECT and returns its rows in memory, up to the cap. */
    public Rows select(QueryRequest request) {
        Query query = parse(request.text());
        if (!query.isSelectType()) {
            throw new AikgException(Kind.USAGE, "Expected a SELECT query");
        }
        return select(query, guessParams(query, request), request);
    }

    private static Map<String, Node> guessParams(Query query, QueryRequest request) {
        Map<String, Node> nodes = new java.util.LinkedHashMap<>();
        request.params().forEach((name, value) ->
                nodes.put(name, Params.toNode(name, value, "any", query.getPrefixMapping())));
        return nodes;
    }

    private static AikgException timeout(QueryRequest request) {
        return new AikgException(Kind.TIMEOUT, "Query timed out after " + request.timeout().toMillis()
                + " ms; raise the deadline with --timeout or narrow the query");
    }

    /** Runs with parameters already turned into nodes (named queries type their parameters). */
    public QueryOutcome run(Query query, Map<String, Node> params, QueryRequest request, OutputFormat format, OutputStream out) {
        checkFormat(query, format);
        long start = System.nanoTime();
        capLimit(query, request.rowLimit());
        return store.read(() -> {
            try (QueryExec exec = bind(query, params, request)) {
                return switch (query.queryType()) {
                    case SELECT -> writeSelect(exec, request.rowLimit(), format, out, start);
                    case ASK -> writeAsk(exec, format, out, start);
                    default -> writeGraph(query, exec, request.rowLimit(), format, out, start);
                };
            } catch (QueryCancelledException e) {
                throw timeout(request);
            }
        });
    }

    /** Runs a parsed SELECT with typed parameters and returns its rows. */
    public Rows select(Query query, Map<String, Node> params, QueryRequest request) {
        capLimit(query, request.rowLimit());
        return store.read(() -> {
            try (QueryExec exec = bind(query, params, request)) {
                return collect(exec.select(), request.rowLimit());
            } catch (QueryCancelledException e) {
                throw timeout(request);
            }
        });
    }

    private QueryExec bind(Query query, Map<String, Node> params, QueryRequest request) {
        QueryExecBuilder builder = store.queryBuilder(query)
                .timeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        for (Map.Entry<String, Node> p : params.entrySet()) {
            builder = builder.substitution(Var.alloc(p.getKey()), p.getValue());
        }
        return builder.build();
    }

    private static void checkFormat(Query query, OutputFormat format) {
        boolean tabularQuery = query.isSelectType() || query.isAskType();
        if (tabularQuery != format.tabular()) {
            throw new AikgException(Kind.USAGE, "Format " + format.cliName() + " does not fit a "
                    + query.queryType().name() + " query; use "
                    + (tabularQuery ? "table, csv, tsv, json or xml" : "turtle, ntriples, nquads, trig, jsonld or rdfxml"));
        }
    }

    /**
     * Asks a local engine for one row past the cap, so it can stop early and the cut can be reported. A remote endpoint
     * gets the query as written and the cap is applied as rows arrive: endpoints limit sorted LIMITs their own way
     * (Virtuoso refuses ORDER BY with LIMIT above 10000 by default).
     */
    private void capLimit(Query query, long rowLimit) {
        if (store.dataset() != null && query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowLimit + 1)) {
            query.setLimit(rowLimit + 1);
        }
    }

    private static Rows collect(RowSet rowSet, long rowLimit) {
        List<String> columns = rowSet.getResultVars().stream().map(Var::getVarName).toList();
        List<List<Node>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rowSet.hasNext()) {
            Binding b = rowSet.next();
            if (rows.size() >= rowLimit) {
                truncated = true;
                break;
            }
            List<Node> row = new ArrayList<>(columns.size());
            for (Var v : rowSet.getResultVars()) {
                row.add(b.get(v));
            }
            rows.add(row);
        }
        return new Rows(columns, rows, truncated);
    }

    private static QueryOutcome writeSelect(QueryExec exec, long rowLimit, OutputFormat format, OutputStream out, long start) {
        RowSet rowSet = exec.select();
        if (format == OutputFormat.TABLE) {
            Rows rows = collect(rowSet, rowLimit);
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            new TableWriter(Prefixes.standard(), 0).write(writer, rows.columns(), rows.rows());
            return new QueryOutcome("SELECT", rows.size(), rows.truncated(), millisSince(start));
        }
        long[] count = {0};
        boolean[] truncated = {false};
        Iterator<Binding> capped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!rowSet.hasNext()) {
                    return false;
                }
                if (count[0] >= rowLimit) {
                    truncated[0] = true;
                    return false;
                }
                return true;
            }

            @Override
            public Binding next() {
                count[0]++;
                return rowSet.next();
            }
        };
        ResultsWriter.create().lang(format.lang()).build()
                .write(out, RowSetStream.create(rowSet.getResultVars(), capped));
        return new QueryOutcome("SELECT", count[0], truncated[0], millisSince(start));
    }

    private static QueryOutcome writeAsk(QueryExec exec, OutputFormat format, OutputStream out, long start) {
        boolean answer = exec.ask();
        if (format == OutputFormat.TABLE) {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.println(answer ? "yes" : "no");
            writer.flush();
        } else {
            ResultsWriter.create().lang(format.lang()).build().write(out, answer);
        }
        return new QueryOutcome("ASK", 1, false, millisSince(start));
    }

    private static QueryOutcome writeGraph(Query query, QueryExec exec, long limit, OutputFormat format, OutputStream out,
            long start) {
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        long count = 0;
        boolean truncated = false;
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        while (triples.hasNext()) {
            if (count >= limit) {
                truncated = true;
                break;
            }
            graph.add(triples.next());
            count++;
        }
        usedPrefixesOnly(graph);
        RdfOutput.write(out, graph, format);
        return new QueryOutcome(query.queryType().name(), count, truncated, millisSince(start));
    }

    private static void usedPrefixesOnly(Graph graph) {
        PrefixMapping all = PrefixMapping.Factory.create().setNsPrefixes(graph.getPrefixMapping());
        graph.getPrefixMapping().clearNsPrefixMap();
        java.util.Set<String> used = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
                if (iri != null) {
                    String q = all.qnameFor(iri);
                    if (q != null) {
                        used.add(q.substring(0, q.indexOf(':')));
                    }
                }
            }
        });
        all.getNsPrefixMap().forEach((p, ns) -> {
            if (used.contains(p)) {
                graph.getPrefixMapping().setNsPrefix(p, ns);
            }
        });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

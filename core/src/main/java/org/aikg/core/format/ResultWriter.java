package org.aikg.core.format;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.aikg.core.Prefixes;
import org.aikg.core.query.RdfOutput;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Writes query results in an output format: rows as a table or a SPARQL results syntax, answers, and graphs. */
public final class ResultWriter {

    private ResultWriter() {}

    /** Writes rows that arrive one by one; the text table needs them all first, the other formats stream. */
    public static void rows(List<Var> vars, Iterator<Binding> rows, OutputFormat format, OutputStream out) {
        if (format == OutputFormat.TABLE) {
            List<String> columns = vars.stream().map(Var::getVarName).toList();
            List<List<Node>> table = new java.util.ArrayList<>();
            rows.forEachRemaining(b -> table.add(vars.stream().map(b::get).toList()));
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            new TableWriter(Prefixes.standard(), 0).write(writer, columns, table);
            return;
        }
        ResultsWriter.create().lang(format.lang()).build().write(out, RowSetStream.create(vars, rows));
    }

    /** Writes rows held in memory. */
    public static void rows(Rows rows, OutputFormat format, OutputStream out) {
        List<Var> vars = rows.columns().stream().map(Var::alloc).toList();
        Iterator<Binding> bindings = rows.rows().stream().map(row -> {
            var builder = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
            for (int i = 0; i < vars.size(); i++) {
                if (row.get(i) != null) {
                    builder.add(vars.get(i), row.get(i));
                }
            }
            return builder.build();
        }).iterator();
        rows(vars, bindings, format, out);
    }

    /** Writes the answer of an ASK query. */
    public static void answer(boolean answer, OutputFormat format, OutputStream out) {
        if (format == OutputFormat.TABLE) {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.println(answer ? "yes" : "no");
            writer.flush();
        } else {
            ResultsWriter.create().lang(format.lang()).build().write(out, answer);
        }
    }

    /** Writes triples as a graph, declaring only the prefixes it uses. */
    public static void graph(Iterator<Triple> triples, PrefixMapping prefixes, OutputFormat format, OutputStream out) {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEachRemaining(graph::add);
        graph.getPrefixMapping().setNsPrefixes(usedPrefixes(graph, prefixes));
        RdfOutput.write(out, graph, format);
    }

    private static PrefixMapping usedPrefixes(Graph graph, PrefixMapping all) {
        Set<String> used = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
                String q = iri == null ? null : all.qnameFor(iri);
                if (q != null) {
                    used.add(q.substring(0, q.indexOf(':')));
                }
            }
        });
        PrefixMapping kept = PrefixMapping.Factory.create();
        all.getNsPrefixMap().forEach((p, ns) -> {
            if (used.contains(p)) {
                kept.setNsPrefix(p, ns);
            }
        });
        return kept;
    }
}

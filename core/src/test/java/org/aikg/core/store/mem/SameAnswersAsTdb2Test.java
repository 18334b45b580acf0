package org.aikg.core.store.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aikg.core.generate.Generator;
import org.aikg.core.generate.GeneratorReport;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.named.NamedQueryCatalogue;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.Params;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.aikg.core.query.Sparql;
import org.aikg.core.store.Bundle;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store answers like the store it replaces, TDB2 in memory with the union default graph: the shape of
 * the data, every named query on the bundled graph, and the workload queries of the benchmarks on a generated graph.
 */
class SameAnswersAsTdb2Test {

    private static final Path WORKLOAD = Path.of("..", "bench", "workload");

    /** The shape of the data: the union's size, its subjects and predicates, and what each graph holds. */
    private static final List<String> SHAPE = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) { ?s ?p ?o } GROUP BY ?p ORDER BY ?p",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o . ?o ?q ?r } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 50",
            "SELECT ?g ?h (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?s ?p ?o } FILTER (STR(?g) < STR(?h)) }"
                    + " GROUP BY ?g ?h ORDER BY ?g ?h");

    private static void assertSameShape(Engines engines) {
        for (String text : SHAPE) {
            assertSameAnswers(engines, text, Sparql.parseQuery(text), Map.of());
        }
    }

    private record Engines(QueryRunner memory, QueryRunner tdb2) {

        static Engines loadedWith(Consumer<DatasetGraph> data) {
            DatasetGraph memory = new MemDatasetGraph();
            DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
            Txn.executeWrite(memory, () -> data.accept(memory));
            Txn.executeWrite(tdb2, () -> data.accept(tdb2));
            return new Engines(new QueryRunner(LocalStore.over(memory, "memory")), new QueryRunner(LocalStore.over(tdb2, "tdb2")));
        }
    }

    /** The rows as N-Triples terms, in the order the query gave them; with {@code sortParts}, the parts of a text sorted. */
    private static List<List<String>> rows(QueryRunner runner, Query query, Map<String, Node> params, boolean sortParts) {
        Rows rows = runner.select(query, params, QueryPolicy.defaults());
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            for (String column : rows.columns()) {
                Node value = rows.get(i, column);
                if (value == null) {
                    row.add("");
                } else if (sortParts && value.isLiteral()) {
                    row.add(Stream.of(value.getLiteralLexicalForm().split(", ")).sorted().toList().toString());
                } else {
                    row.add(NodeFmtLib.strNT(value));
                }
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Compares the answers of both engines. SPARQL leaves two orders open, so both are fixed first: rows that tie on
     * the ORDER BY keys are ordered by their values too, and the parts of a GROUP_CONCAT are compared as sets.
     */
    private static void assertSameAnswers(Engines engines, String name, Query query, Map<String, Node> params) {
        Query total = query.cloneQuery();
        if (total.hasOrderBy()) {
            total.getProjectVars().forEach(v -> total.addOrderBy(v, Query.ORDER_DEFAULT));
        }
        boolean concat = query.toString().toUpperCase(java.util.Locale.ROOT).contains("GROUP_CONCAT");
        List<List<String>> tdb2 = rows(engines.tdb2(), total, params, concat);
        List<List<String>> memory = rows(engines.memory(), total, params, concat);
        if (total.hasOrderBy()) {
            assertThat(memory).as(name).isEqualTo(tdb2);
        } else {
            assertThat(memory).as(name).containsExactlyInAnyOrderElementsOf(tdb2);
        }
    }

    @Test
    void everyNamedQueryAnswersAsOnTdb2OnTheBundledGraph() {
        Engines engines = Engines.loadedWith(Bundle::loadInto);
        assertSameShape(engines);
        List<NamedQuery> all = NamedQueryCatalogue.load().all();
        assertThat(all).hasSizeGreaterThan(10);
        int answered = 0;
        for (NamedQuery named : all) {
            Query query = Sparql.parseQuery(named.text());
            Map<String, Node> params = new LinkedHashMap<>();
            for (NamedQuery.Parameter p : named.parameters()) {
                String value = p.required() ? "id:deepseek" : p.defaultValue();
                if (value != null) {
                    params.put(p.name(), Params.toNode(p.name(), value, p.type(), query.getPrefixMapping()));
                }
            }
            assertSameAnswers(engines, named.name(), query, params);
            answered += rows(engines.memory(), query, params, false).isEmpty() ? 0 : 1;
        }
        assertThat(answered).as("named queries with rows").isGreaterThan(all.size() / 2);
    }

    @Test
    void everyWorkloadQueryAnswersAsOnTdb2OnAGeneratedGraph() throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        GeneratorReport report = Generator.generate(40_000, 42, generated);
        byte[] nquads = generated.toByteArray();
        Engines engines = Engines.loadedWith(dsg -> RDFParser.source(new ByteArrayInputStream(nquads))
                .lang(Lang.NQUADS).parse(StreamRDFLib.dataset(dsg)));
        assertSameShape(engines);
        List<Path> files;
        try (Stream<Path> list = Files.list(WORKLOAD)) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        int answered = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Query query = Sparql.parseQuery(text);
            Map<String, Node> params = new LinkedHashMap<>();
            for (String name : declaredParameters(text)) {
                assertThat(report.parameters()).as(file.getFileName() + " declares " + name).containsKey(name);
                params.put(name, Params.toNode(name, report.parameters().get(name), "any", query.getPrefixMapping()));
            }
            assertSameAnswers(engines, file.getFileName().toString(), query, params);
            answered += rows(engines.memory(), query, params, false).isEmpty() ? 0 : 1;
        }
        assertThat(answered).as("workload queries with rows").isGreaterThan(files.size() / 2);
    }

    /** The parameters a workload query declares on its first line: {@code # ... Parameters: a, b}, or none. */
    private static List<String> declaredParameters(String text) {
        String first = text.lines().findFirst().orElse("");
        int at = first.indexOf("Parameters:");
        if (at < 0) {
            return List.of();
        }
        return Stream.of(first.substring(at + "Parameters:".length()).split(","))
                .map(String::strip).filter(p -> !p.isEmpty() && !p.equals("none")).toList();
    }
}

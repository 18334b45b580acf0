package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Sparql;
import org.aikg.core.query.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    private static KnowledgeGraph graph;

    @BeforeAll
    static void open() {
        graph = KnowledgeGraph.inMemory();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static String run(String query, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.query(QueryRequest.of(query), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheSourceGraphs() {
        Rows rows = graph.select(QueryRequest.of("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(Integer.parseInt(rows.get(0, "n").getLiteralLexicalForm())).isGreaterThan(800);
    }

    @Test
    void projectPrefixesNeedNoDeclaration() {
        String csv = run("SELECT ?name WHERE { id:deepseek-v3 schema:name ?name }", OutputFormat.CSV);
        assertThat(csv).isEqualTo("name\r\nDeepSeek-V3\r\n");
    }

    @Test
    void selectResultsComeInEveryTabularFormat() {
        String q = "SELECT ?name WHERE { id:deepseek-r1 schema:name ?name }";
        assertThat(run(q, OutputFormat.TSV)).isEqualTo("?name\n\"DeepSeek-R1\"\n");
        assertThat(run(q, OutputFormat.JSON)).contains("\"value\": \"DeepSeek-R1\"");
        assertThat(run(q, OutputFormat.XML)).contains("<literal>DeepSeek-R1</literal>");
        assertThat(run(q, OutputFormat.TABLE)).isEqualTo("name\n-----------\nDeepSeek-R1\n");
    }

    @Test
    void askAndConstructWriteTheirOwnFormats() {
        assertThat(run("ASK { id:nvidia-h800 schema:manufacturer id:nvidia }", OutputFormat.JSON)).contains("true");
        String turtle = run("CONSTRUCT { id:deepseek-v3 schema:name ?n } WHERE { id:deepseek-v3 schema:name ?n }",
                OutputFormat.TURTLE);
        assertThat(turtle).contains("@prefix schema: <https://schema.org/>").contains("id:deepseek-v3");
        assertThat(turtle).doesNotContain("@prefix owl:");
    }

    @Test
    void aFormatThatDoesNotFitTheQueryIsAUsageError() {
        assertThatThrownBy(() -> run("SELECT * { ?s ?p ?o }", OutputFormat.TURTLE))
                .isInstanceOf(AikgException.class).hasMessageContaining("does not fit a SELECT query");
    }

    @Test
    void theRowCapCutsTheResultAndSaysSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryOutcome outcome = graph.query(new QueryRequest("SELECT * { ?s ?p ?o }", null, null, 5), OutputFormat.CSV, out);
        assertThat(outcome.truncated()).isTrue();
        assertThat(outcome.count()).isEqualTo(5);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(6);
    }

    @Test
    void aSlowQueryTimesOut() {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        assertThatThrownBy(() -> graph.query(new QueryRequest(slow, null, Duration.ofMillis(200), 0),
                        OutputFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.TIMEOUT))
                .hasMessageContaining("timed out after 200 ms");
    }

    @Test
    void serviceIsRefused() {
        assertThatThrownBy(() -> run("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", OutputFormat.CSV))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.REFUSED))
                .hasMessageStartingWith("SERVICE is refused");
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> Sparql.parseQuery("SELECT ?x\nWHERE { ?x ?y }"))
                .isInstanceOfSatisfying(Sparql.SyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(15);
                })
                .hasMessage("Syntax error at line 2, column 15: unexpected '}'");
    }

    @Test
    void parametersAreBoundAfterParsingNotSpliced() {
        String q = "SELECT ?name WHERE { ?m schema:name ?name }";
        Rows rows = graph.select(new QueryRequest(q, Map.of("m", "id:llama-3-1-405b"), null, 0));
        assertThat(rows.get(0, "name").getLiteralLexicalForm()).isEqualTo("Llama 3.1 405B");
        Rows none = graph.select(new QueryRequest("SELECT ?m WHERE { ?m schema:name ?name }",
                Map.of("name", "x\" } ; DROP ALL ; SELECT * { \""), null, 0));
        assertThat(none.size()).isZero();
    }

    @Test
    void iriParametersWithIllegalCharactersAreRefused() {
        assertThatThrownBy(() -> graph.select(new QueryRequest("SELECT * { ?m ?p ?o }",
                        Map.of("m", "<http://x.org/a> } ; <b>"), null, 0)))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessageContaining("is not a valid IRI");
    }

    @Test
    void fromIrisPickGraphsOfTheStoreAndFetchNothing() {
        Rows rows = graph.select(QueryRequest.of(
                "SELECT (COUNT(*) AS ?n) FROM <http://127.0.0.1:9/remote.ttl> { ?s ?p ?o }"));
        assertThat(rows.get(0, "n").getLiteralLexicalForm()).isEqualTo("0");
        Rows article = graph.select(QueryRequest.of(
                "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/aikg/source/deepseek-v3-technical-report> { ?s ?p ?o }"));
        assertThat(article.get(0, "n").getLiteralLexicalForm()).isEqualTo("30");
    }
}

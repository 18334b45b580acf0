package org.aikg.core.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.named.NamedQueryCatalogue;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.core.store.LocalStore;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The named queries about Epoch's table, on the bundled graph plus the bundled CSV as the mapping makes it, against
 * answers that epoch_expected.py computes from the CSV with Python's csv module, on the bundled graph (which holds the
 * table as the build mapped and validated it).
 */
class EpochNamedQueriesTest {

    private static final String EPOCH = "src:epoch-notable-ai-models";
    private static KnowledgeGraph graph;
    private static JsonObject expected;

    @BeforeAll
    static void importEpochAndComputeTheAnswersInPython() throws Exception {
        graph = KnowledgeGraph.inMemory();
        expected = TabularFixtures.python("epoch_expected.py", TabularFixtures.EPOCH_CSV.toString(),
                TabularFixtures.classpath("org/aikg/data/entities.trig").toString(),
                TabularFixtures.classpath("org/aikg/data/epoch/aliases.trig").toString(),
                TabularFixtures.classpath("org/aikg/ontology/aikg.ttl").toString()).getAsObject();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void theComputeFrontierIsEachYearsLargestTrainingCompute() {
        Rows rows = run("compute-frontier", Map.of());
        assertRows(rows, expected("compute-frontier"), "year", "name", "flop");
    }

    @Test
    void modelsRankByTrainingCompute() {
        Rows rows = run("top-models-by-compute", Map.of());
        assertRows(rows, expected("top-models-by-compute"), "name", "flop", "year");
        assertThat(rows.get(0, "makers").getLiteralLexicalForm()).isEqualTo("xAI");
    }

    @Test
    void organizationsRankByModelsMadeAndTheirTotalCompute() {
        Rows rows = run("organizations-by-compute", Map.of("source", EPOCH));
        assertRows(rows, expected("organizations-by-compute"), "name", "models", "totalFlop");
    }

    @Test
    void eachCountryHasItsShareOfEachYearsModels() {
        Rows rows = run("country-share", Map.of());
        List<List<Object>> want = expected("country-share");
        assertRows(rows, want, "year", "name", "models", "yearModels");
        for (int i = 0; i < want.size(); i++) {
            double share = ((Number) want.get(i).get(2)).doubleValue() / ((Number) want.get(i).get(3)).doubleValue();
            assertThat(number(rows.get(i, "percent"))).isCloseTo(Math.round(1000 * share) / 10.0, within(1e-9));
        }
    }

    @Test
    void openAndClosedWeightsAreCountedPerYearThroughTheBroaderAccessLevels() {
        assertRows(run("open-vs-closed-by-year", Map.of()), expected("open-vs-closed-by-year"), "year", "open", "closed");
    }

    @Test
    void theMostUsedHardwareComesFirst() {
        Rows rows = run("hardware-usage", Map.of());
        assertRows(rows, expected("hardware-usage"), "name", "models");
        assertThat(names(rows, "name")).contains("H100", "H800").doesNotContain("NVIDIA H100 SXM5 80GB");
    }

    @Test
    void theCostOfAFlopPerYearUsesConstant2023DollarsOnly() {
        Rows rows = run("cost-per-flop", Map.of());
        assertRows(rows, expected("cost-per-flop"), "year", "models", "totalCost", "totalFlop", "usdPerExaflop");
    }

    @Test
    void theMostProlificAuthorsComeFirst() {
        Rows rows = run("prolific-authors", Map.of());
        assertRows(rows, expected("prolific-authors"), "name", "models");
    }

    @Test
    void modelsDerivedFromABaseModelAreListedWithTheirBase() {
        Rows rows = run("derived-models", Map.of());
        List<String> got = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            got.add(rows.get(i, "name").getLiteralLexicalForm() + " <- " + rows.get(i, "baseName").getLiteralLexicalForm());
        }
        List<String> want = expected("derived-models").stream().map(r -> r.get(0) + " <- " + r.get(1)).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);

        Rows fromV3 = run("derived-models", Map.of("base", "id:deepseek-v3"));
        assertThat(names(fromV3, "name")).containsExactly("DeepSeek-R1");
    }

    @Test
    void largeOpenWeightsModelsAreGroupedByTheirAccessLevel() {
        Rows rows = run("open-weights-by-size", Map.of());
        Map<String, TreeSet<String>> got = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            got.put(rows.get(i, "level").getURI(), new TreeSet<>(List.of(rows.get(i, "names").getLiteralLexicalForm().split(", "))));
        }
        Map<String, TreeSet<String>> want = new TreeMap<>();
        JsonObject levels = expected.get("open-weights-by-size").getAsObject();
        for (String level : levels.keys()) {
            TreeSet<String> names = new TreeSet<>();
            levels.get(level).getAsArray().forEach(v -> names.add(v.getAsString().value()));
            want.put(level, names);
        }
        assertThat(got).isEqualTo(want);
    }

    private static Rows run(String name, Map<String, String> params) {
        Rows rows = graph.selectNamed(name, params);
        assertThat(rows.truncated()).isFalse();
        return rows;
    }

    /** The expected rows of a query, as numbers and strings. */
    private static List<List<Object>> expected(String query) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonValue row : expected.get(query).getAsArray()) {
            List<Object> values = new ArrayList<>();
            for (JsonValue v : (JsonArray) row) {
                values.add(v.isNumber() ? v.getAsNumber().value() : v.getAsString().value());
            }
            rows.add(values);
        }
        return rows;
    }

    /** The rows equal the expected ones in order: strings exactly, numbers within a relative 1e-9. */
    private static void assertRows(Rows rows, List<List<Object>> want, String... columns) {
        assertThat(rows.size()).as("rows").isEqualTo(want.size());
        for (int i = 0; i < want.size(); i++) {
            for (int c = 0; c < columns.length; c++) {
                Node got = rows.get(i, columns[c]);
                Object value = want.get(i).get(c);
                String where = "row " + i + " " + columns[c] + " " + want.get(i);
                if (value instanceof Number n) {
                    assertThat(number(got)).as(where).isCloseTo(n.doubleValue(), within(Math.abs(n.doubleValue()) * 1e-9));
                } else {
                    assertThat(got.getLiteralLexicalForm()).as(where).isEqualTo(value);
                }
            }
        }
    }

    private static double number(Node node) {
        return Double.parseDouble(node.getLiteralLexicalForm());
    }

    private static List<String> names(Rows rows, String column) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows.get(i, column).getLiteralLexicalForm());
        }
        return names;
    }
}

package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;
import org.aikg.core.query.QueryRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each source graph is validated on its own, with the ontology, the entity registry and the source catalogue, and with
 * what the store already holds in that same graph: sources may disagree, a source may not contradict itself.
 */
class PerSourceValidationTest {

    private static final String FIGURES = """
            SELECT ?g ?v { GRAPH ?g { id:test-fall aikg:changePercent/qudt:numericValue ?v } } ORDER BY ?g""";

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(PerSourceValidationTest.class.getClassLoader().getResource("per-source/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoSourcesThatDisagreeImportAndEachKeepsItsOwnFigure() {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            graph.load(fixture("two-sources-disagree.trig"), null, null, Progress.NONE);
            assertThat(graph.select(QueryRequest.of(FIGURES)).rows())
                    .extracting(row -> row.get(0).getURI(), row -> row.get(1).getLiteralLexicalForm())
                    .containsExactly(tuple("https://w3id.org/aikg/source/test-a", "-78"),
                            tuple("https://w3id.org/aikg/source/test-b", "-77"));
        }
    }

    @Test
    void aSourceThatContradictsItselfIsRefusedNamingItsGraphAndNothingIsWritten() {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            String before = MalformedInputTest.export(graph);
            AikgException refused = catchThrowableOfType(AikgException.class,
                    () -> graph.load(fixture("one-source-contradicts-itself.trig"), null, null, Progress.NONE));
            assertThat(refused.kind()).isEqualTo(AikgException.Kind.INVALID);
            assertThat(refused.getMessage()).contains("[src:test-c] id:test-fall aikg:changePercent:").doesNotContain("\n");
            assertThat(MalformedInputTest.export(graph)).isEqualTo(before);
        }
    }

    @Test
    void whatTheStoreHoldsInTheSameGraphCountsAndOtherGraphsDoNot() {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            graph.load(fixture("two-sources-disagree.trig"), null, null, Progress.NONE);
            AikgException refused = catchThrowableOfType(AikgException.class,
                    () -> graph.load(fixture("second-figure.ttl"), null, "src:test-a", Progress.NONE));
            assertThat(refused.kind()).isEqualTo(AikgException.Kind.INVALID);
            assertThat(refused.getMessage()).contains("[src:test-a] id:test-fall aikg:changePercent:");

            graph.load(fixture("second-figure.ttl"), null, "src:test-d", Progress.NONE);
            assertThat(graph.select(QueryRequest.of(FIGURES)).rows())
                    .extracting(row -> row.get(0).getURI(), row -> row.get(1).getLiteralLexicalForm())
                    .containsExactly(tuple("https://w3id.org/aikg/source/test-a", "-78"),
                            tuple("https://w3id.org/aikg/source/test-b", "-77"),
                            tuple("https://w3id.org/aikg/source/test-d", "-70"));
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothingEvenAfterReopening() {
        String once;
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            graph.load(fixture("two-sources-disagree.trig"), null, null, Progress.NONE);
            once = MalformedInputTest.export(graph);
        }
        try (KnowledgeGraph reopened = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            reopened.load(fixture("two-sources-disagree.trig"), null, null, Progress.NONE);
            assertThat(MalformedInputTest.export(reopened)).isEqualTo(once);
            assertThat(reopened.select(QueryRequest.of(FIGURES)).size()).isEqualTo(2);
        }
    }

    @Test
    void validatingTheStoreReportsEachViolationWithItsGraphAndLetsSourcesDisagree() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            graph.load(fixture("two-sources-disagree.trig"), null, null, Progress.NONE);
            graph.update("INSERT DATA { GRAPH src:bad { id:claim-bad a aikg:Claim } }");
            assertThat(graph.validate())
                    .contains("[src:bad] id:claim-bad aikg:speaker: every claim needs exactly one speaker, a person or an organization (prov:Agent)")
                    .noneMatch(line -> line.contains("test-a") || line.contains("test-b") || line.contains("test-fall"))
                    .allMatch(line -> line.matches("\\[[^\\]]+\\] \\S+ .+"));
        }
    }
}

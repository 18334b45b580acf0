package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Progress;
import org.aikg.core.query.QueryRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports into a real TDB2 directory: all or nothing, with errors a user can act on. */
class ImportTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(ImportTest.class.getClassLoader().getResource("import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long quads(KnowledgeGraph graph) {
        return Long.parseLong(graph.select(QueryRequest.of("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"))
                .get(0, "n").getLiteralLexicalForm());
    }

    private static AikgException.Kind kind(Throwable t) {
        return ((AikgException) t).kind();
    }

    @Test
    void aFailedImportLeavesTheStoreAsItWasAndTheNextImportWorks() {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            long before = quads(graph);
            assertThatThrownBy(() -> graph.load(fixture("bad-syntax.ttl"), null, null, Progress.NONE))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                    .hasMessageMatching(".*bad-syntax.ttl:6:\\d+: .*");
            assertThat(quads(graph)).isEqualTo(before);

            assertThatThrownBy(() -> graph.load(fixture("claim-without-speaker.ttl"), null, null, Progress.NONE))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.INVALID))
                    .hasMessageEndingWith("id:claim-test-2 aikg:speaker: every claim needs exactly one speaker, a person or an organization (prov:Agent)");
            assertThat(quads(graph)).isEqualTo(before);

            ImportReport report = graph.load(fixture("good-claim.ttl"), null, "src:test-import", Progress.NONE);
            assertThat(report.quads()).isEqualTo(5);
            assertThat(quads(graph)).isEqualTo(before + 5);
            assertThat(graph.select(QueryRequest.of(
                    "SELECT ?g { GRAPH ?g { id:claim-test-1 aikg:speaker id:jim-zemlin } }")).get(0, "g").getURI())
                    .isEqualTo("https://w3id.org/aikg/source/test-import");
        }
        try (KnowledgeGraph reopened = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            assertThat(reopened.select(QueryRequest.of("SELECT ?p { id:claim-test-1 aikg:paraphrase ?p }")).size())
                    .isEqualTo(1);
        }
    }

    /** Writes n conforming triples, then the given tail, as N-Triples. */
    private Path bigFile(String name, int n, String tail) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("<https://w3id.org/aikg/id/bulk-").append(i).append("> <https://schema.org/alternateName> \"bulk ")
                    .append(i).append("\" .\n");
        }
        text.append(tail);
        Path file = dir.resolve(name);
        java.nio.file.Files.writeString(file, text);
        return file;
    }

    @Test
    void anErrorFarIntoABigFileUndoesWhatWasAlreadyAddedOnDisk() throws Exception {
        Path late = bigFile("late-error.nt", 120_000, "<https://w3id.org/aikg/id/bulk-x> <https://schema.org/name> \"x\" junk .\n");
        Path invalid = bigFile("late-invalid.nt", 120_000,
                "<https://w3id.org/aikg/id/claim-bulk> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/aikg/ns#Claim> .\n");
        Path good = bigFile("good.nt", 120_000, "");
        long before;
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            before = quads(graph);
            assertThatThrownBy(() -> graph.load(late, null, null, Progress.NONE))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                    .hasMessageStartingWith(late + ":120001:");
            assertThat(quads(graph)).isEqualTo(before);
            assertThatThrownBy(() -> graph.load(invalid, null, null, Progress.NONE))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.INVALID))
                    .hasMessageContaining("id:claim-bulk");
            assertThat(quads(graph)).isEqualTo(before);
        }
        try (KnowledgeGraph reopened = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            assertThat(quads(reopened)).isEqualTo(before);
            assertThat(reopened.load(good, null, null, Progress.NONE).quads()).isEqualTo(120_000);
            assertThat(quads(reopened)).isEqualTo(before + 120_000);
            assertThat(reopened.select(QueryRequest.of("SELECT ?a { id:bulk-119999 schema:alternateName ?a }"))
                    .get(0, "a").getLiteralLexicalForm()).isEqualTo("bulk 119999");
        }
    }

    @Test
    void remoteJsonLdContextsAreRefusedAndInlineOnesLoad() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            assertThatThrownBy(() -> graph.load(fixture("remote-context.jsonld"), null, null, Progress.NONE))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.REFUSED))
                    .hasMessageContaining("remote JSON-LD context refused (https://schema.org/)");
            graph.load(fixture("inline-context.jsonld"), null, null, Progress.NONE);
            graph.load(fixture("thing.nt.gz"), null, null, Progress.NONE);
            assertThat(graph.select(QueryRequest.of(
                    "SELECT ?a { id:test-thing schema:alternateName ?a } ORDER BY ?a")).rows())
                    .extracting(row -> row.getFirst().getLiteralLexicalForm())
                    .containsExactly("gzipped", "inline context");
        }
    }

    @Test
    void anUnknownExtensionNeedsALanguage() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            assertThatThrownBy(() -> graph.load(dir.resolve("data.xyz"), null, null, Progress.NONE))
                    .hasMessageContaining("Cannot tell the format of");
            assertThatThrownBy(() -> graph.load(dir.resolve("missing.ttl"), null, null, Progress.NONE))
                    .hasMessage("No such file: " + dir.resolve("missing.ttl"));
        }
    }

    @Test
    void rdfXmlExternalEntitiesAreNotRead() throws Exception {
        String hostname = java.nio.file.Files.readString(Path.of("/etc/hostname")).strip();
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            try {
                graph.load(fixture("external-entity.rdf"), null, null, Progress.NONE);
            } catch (AikgException refused) {
                assertThat(refused.getMessage()).doesNotContain(hostname);
            }
            assertThat(graph.select(QueryRequest.of("SELECT ?a { id:test-thing schema:alternateName ?a }")).rows())
                    .extracting(row -> row.getFirst().getLiteralLexicalForm())
                    .noneMatch(value -> value.contains(hostname));
        }
    }

    @Test
    void aSecondImportMayReferToWhatAnEarlierOneTypedInTheSameGraph() throws Exception {
        Path family = dir.resolve("family.ttl");
        java.nio.file.Files.writeString(family, """
                @prefix aikg: <https://w3id.org/aikg/ns#> . @prefix id: <https://w3id.org/aikg/id/> .
                @prefix schema: <https://schema.org/> .
                id:scratch-family a aikg:ModelFamily ; schema:name "Scratch family" .
                """);
        Path model = dir.resolve("model.ttl");
        java.nio.file.Files.writeString(model, """
                @prefix aikg: <https://w3id.org/aikg/ns#> . @prefix id: <https://w3id.org/aikg/id/> .
                @prefix schema: <https://schema.org/> .
                id:scratch-model a aikg:AIModel ; schema:name "Scratch model" ; schema:isPartOf id:scratch-family .
                """);
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            graph.load(family, null, "src:scratch", Progress.NONE);
            assertThat(graph.load(model, null, "src:scratch", Progress.NONE).quads()).isEqualTo(3);
            assertThat(graph.select(QueryRequest.of("SELECT ?f { id:scratch-model schema:isPartOf ?f }")).size()).isEqualTo(1);
        }
    }
}

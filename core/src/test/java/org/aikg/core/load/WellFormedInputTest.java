package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRequest;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict checks refuse what is broken and nothing else; and they hold for a source that is no RDF file. */
class WellFormedInputTest {

    private static Path fixture(String name) {
        try {
            return Path.of(WellFormedInputTest.class.getClassLoader().getResource("well-formed/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "latin1-declared.rdf, café latin-1",
            "byte-order-mark.ttl, byte-order mark",
            "lower-case-percent-encoding.ttl, unwise IRI",
            "nested-sixty-deep.ttl, nested"})
    void wellFormedInputThatLooksOddStillImports(String file, String alternateName) {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            graph.load(fixture(file), null, null, Progress.NONE);
            assertThat(graph.select(QueryRequest.of("SELECT ?a { id:test-thing schema:alternateName ?a }")).rows())
                    .extracting(row -> row.getFirst().getLiteralLexicalForm())
                    .containsExactly(alternateName);
        }
    }

    @Test
    void aSourceThatBuildsAnIriWithASpaceItselfIsRefusedBeforeAnythingIsWritten() {
        ImportSource builder = new ImportSource() {
            @Override
            public String name() {
                return "prices.csv";
            }

            @Override
            public void parse(StreamRDF sink) {
                for (String id : new String[] {"fine", "not fine"}) {
                    sink.triple(Triple.create(NodeFactory.createURI("https://w3id.org/aikg/id/" + id),
                            NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString(id)));
                }
            }
        };
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            String before = MalformedInputTest.export(graph);
            Importer importer = new Importer(graph.store(), new Validator(graph.store()));
            AikgException refused = catchThrowableOfType(AikgException.class,
                    () -> importer.load(builder, "https://w3id.org/aikg/source/prices", Progress.NONE));
            assertThat(refused.kind()).isEqualTo(AikgException.Kind.SYNTAX);
            assertThat(refused).hasMessage("prices.csv: the IRI <https://w3id.org/aikg/id/not fine> contains a space");
            assertThat(MalformedInputTest.export(graph)).isEqualTo(before);
        }
    }
}

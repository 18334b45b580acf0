package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Fact;
import org.aikg.core.explore.Stats;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryRequest;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class ExploreTest {

    @Test
    void searchFindsByNameAliasAndFormerNameIgnoringCase() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            Explorer explorer = graph.explorer();
            assertThat(explorer.search("yandex")).extracting(m -> m.name()).containsExactly("Nebius");
            assertThat(explorer.search("deepseek")).extracting(m -> m.name()).startsWith("DeepSeek");
            assertThat(explorer.search("no such thing at all")).isEmpty();
        }
    }

    @Test
    void resolveAcceptsNamesPrefixedNamesAndIrisAndSaysWhenItIsAmbiguous() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            Explorer explorer = graph.explorer();
            assertThat(explorer.resolve("DeepSeek-V3").getURI()).isEqualTo("https://w3id.org/aikg/id/deepseek-v3");
            assertThat(explorer.resolve("id:nvidia").getURI()).isEqualTo("https://w3id.org/aikg/id/nvidia");
            assertThat(explorer.resolve("<https://w3id.org/aikg/id/openai>").getURI()).endsWith("/openai");
            assertThatThrownBy(() -> explorer.resolve("Llam")).hasMessageContaining("could be");
            assertThatThrownBy(() -> explorer.resolve("Zorglub")).hasMessage("Nothing is called 'Zorglub'. Try: search Zorglub");
        }
    }

    @Test
    void factsCarryTheirSourceGraphAndIncomingLinks() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            Node nvidia = graph.explorer().resolve("Nvidia");
            var facts = graph.explorer().facts(nvidia);
            assertThat(facts).anyMatch(f -> !f.incoming() && f.property().getURI().endsWith("/name"));
            assertThat(facts).filteredOn(Fact::incoming)
                    .anyMatch(f -> f.subject().getURI().endsWith("nvidia-h800")
                            && f.source().getURI().endsWith("deepseek-v3-technical-report"));
        }
    }

    @Test
    void statsCountQuadsGraphsClassesAndProperties() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            Stats stats = graph.explorer().stats();
            // The graphs the curated TriG files name, the ontology's, and the Epoch table's (its mapping's @graph).
            java.util.Set<String> graphs = new java.util.TreeSet<>(java.util.List.of(org.aikg.ontology.AIKG.ONTOLOGY,
                    org.aikg.ontology.AIKG.SOURCE + "epoch-notable-ai-models"));
            for (String file : org.aikg.data.DataFiles.bundle()) {
                if (file.endsWith(".trig")) {
                    var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                    org.apache.jena.riot.RDFParser.source(org.aikg.data.DataFiles.open(file)).lang(org.apache.jena.riot.Lang.TRIG).parse(dsg);
                    dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
                }
            }
            assertThat(stats.graphs()).isEqualTo(graphs.size());
            assertThat(stats.quads()).isGreaterThan(900);
            assertThat(stats.classes()).containsEntry("aikg:Claim", 21L);
            assertThat(stats.properties()).containsKey("schema:name");
        }
    }

    @Test
    void turtleExportIsStableAcrossStoresAndUsesTheProjectPrefixes() {
        String first;
        String second;
        try (KnowledgeGraph a = KnowledgeGraph.inMemory()) {
            first = export(a);
        }
        try (KnowledgeGraph b = KnowledgeGraph.inMemory()) {
            second = export(b);
        }
        assertThat(first).isEqualTo(second).contains("@prefix aikg:").contains("id:deepseek-v3");
    }

    private static String export(KnowledgeGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.exporter().all(OutputFormat.TURTLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEntityExportHoldsItsStatementsInTheirGraphs() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            graph.exporter().entity(graph.explorer().resolve("id:deepseek-v3-training"), OutputFormat.NQUADS, out);
            String nquads = out.toString(StandardCharsets.UTF_8);
            assertThat(nquads).contains("<https://w3id.org/aikg/source/deepseek-v3-technical-report> .")
                    .contains("\"2788000\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        }
    }

    @Test
    void updatesRefuseLocalLoadAndServiceAndApplyOtherwise() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            assertThatThrownBy(() -> graph.update("LOAD <file:///etc/passwd>"))
                    .hasMessageStartingWith("LOAD <file:///etc/passwd> is refused");
            assertThatThrownBy(() -> graph.update(
                    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))
                    .hasMessageStartingWith("SERVICE is refused");
            graph.update("INSERT DATA { GRAPH src:session { id:deepseek schema:alternateName \"High-Flyer's lab\" } }");
            assertThat(graph.explorer().search("high-flyer")).hasSize(1);
            assertThat(graph.persistent()).isFalse();
        }
    }

    @Test
    void theBundledStoreConformsToItsShapes() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            assertThat(graph.validate()).isEmpty();
            graph.update("INSERT DATA { GRAPH src:bad { id:claim-bad a aikg:Claim } }");
            assertThat(graph.validate()).anyMatch(line -> line.startsWith("[src:bad] id:claim-bad aikg:speaker:"));
        }
    }
}

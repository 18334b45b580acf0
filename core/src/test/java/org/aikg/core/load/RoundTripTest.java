package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.Prefixes;
import org.aikg.core.StoreSpec;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.format.StableRdfWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backup and restore in every syntax: the bundled store is exported, the export is imported into a new TDB2 store
 * (which starts with the bundle, so every blank node of the export is already there under another name), and exported
 * again. N-Quads and TriG come back byte for byte, JSON-LD graph by graph up to blank-node names. A triple syntax holds
 * one graph, so there every graph is backed up on its own and comes back the same up to blank-node names.
 */
class RoundTripTest {

    static Stream<OutputFormat> syntaxes() {
        return Stream.of(OutputFormat.NQUADS, OutputFormat.TRIG, OutputFormat.JSONLD, OutputFormat.TURTLE,
                OutputFormat.NTRIPLES, OutputFormat.RDFXML);
    }

    @ParameterizedTest
    @MethodSource("syntaxes")
    void anExportImportsIntoANewStoreAndExportsTheSameAgain(OutputFormat format, @TempDir Path dir) throws Exception {
        if (!format.quads()) {
            eachGraphComesBackInATripleSyntax(format, dir);
            return;
        }
        byte[] first;
        try (KnowledgeGraph bundled = KnowledgeGraph.inMemory()) {
            first = export(bundled, format, null);
        }
        Path file = dir.resolve("backup." + format.extension());
        Files.write(file, first);
        byte[] second;
        try (KnowledgeGraph restored = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("restored")))) {
            restored.load(file, null, null, Progress.NONE);
            second = export(restored, format, null);
        }
        switch (format) {
            case NQUADS, TRIG -> assertThat(new String(second, StandardCharsets.UTF_8))
                    .isEqualTo(new String(first, StandardCharsets.UTF_8));
            default -> assertSameGraphs(dataset(first, format), dataset(second, format));
        }
    }

    /**
     * A triple syntax holds one graph, so a backup in it is made graph by graph: each source graph exported alone,
     * imported into its graph of a new store, and exported again, is the same graph up to blank-node names.
     */
    private static void eachGraphComesBackInATripleSyntax(OutputFormat format, Path dir) throws Exception {
        java.util.Map<String, byte[]> firsts = new java.util.TreeMap<>();
        try (KnowledgeGraph bundled = KnowledgeGraph.inMemory()) {
            bundled.store().read(() -> {
                bundled.store().dataset().listGraphNodes().forEachRemaining(g -> firsts.put(g.getURI(), null));
                return null;
            });
            firsts.replaceAll((g, none) -> export(bundled, format, g));
        }
        assertThat(firsts).hasSizeGreaterThan(5);
        try (KnowledgeGraph restored = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("restored")))) {
            int i = 0;
            for (var graph : firsts.entrySet()) {
                Path file = dir.resolve("graph-" + i++ + "." + format.extension());
                Files.write(file, graph.getValue());
                restored.load(file, null, graph.getKey(), Progress.NONE);
                byte[] second = export(restored, format, graph.getKey());
                assertThat(dataset(second, format).getDefaultGraph().isIsomorphicWith(dataset(graph.getValue(), format).getDefaultGraph()))
                        .as("graph %s came back the same", graph.getKey()).isTrue();
            }
        }
    }

    private static byte[] export(KnowledgeGraph graph, OutputFormat format, String onlyGraph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (onlyGraph == null) {
            graph.exporter().all(format, out);
        } else {
            graph.exporter().graph(onlyGraph, format, out);
        }
        return out.toByteArray();
    }

    private static DatasetGraph dataset(byte[] bytes, OutputFormat format) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).toDatasetGraph();
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        List<Node> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        List<Node> actualNames = new ArrayList<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertThat(actualNames).containsExactlyInAnyOrderElementsOf(names);
        assertThat(names).hasSizeGreaterThan(5);
        for (Node name : names) {
            Graph want = expected.getGraph(name);
            assertThat(actual.getGraph(name).isIsomorphicWith(want)).as("graph " + name).isTrue();
        }
    }

    @Test
    void theSameQuadsAreWrittenTheSameWayWhateverTheirOrderAndBlankNodeLabels() {
        try (KnowledgeGraph bundled = KnowledgeGraph.inMemory()) {
            List<Quad> quads = new ArrayList<>();
            bundled.store().read(() -> {
                bundled.store().dataset().find().forEachRemaining(quads::add);
                return null;
            });
            assertThat(quads).anyMatch(q -> q.getObject().isBlank());
            DatasetGraph relabelled = RDFParser.source(new ByteArrayInputStream(write(quads, OutputFormat.NQUADS)))
                    .lang(OutputFormat.NQUADS.lang()).toDatasetGraph();
            List<Quad> shuffled = new ArrayList<>();
            relabelled.find().forEachRemaining(shuffled::add);
            Collections.shuffle(shuffled, new java.util.Random(7));
            for (OutputFormat format : List.of(OutputFormat.NQUADS, OutputFormat.TRIG, OutputFormat.TURTLE, OutputFormat.NTRIPLES)) {
                assertThat(new String(write(shuffled, format), StandardCharsets.UTF_8)).as(format.cliName())
                        .isEqualTo(new String(write(quads, format), StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] write(List<Quad> quads, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StableRdfWriter(Prefixes.standard()).write(quads, format, out);
        return out.toByteArray();
    }
}

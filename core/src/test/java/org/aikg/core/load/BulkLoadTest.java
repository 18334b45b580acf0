package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;
import org.aikg.core.generate.Generator;
import org.aikg.core.query.QueryRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load into a real TDB2 directory, checked against what Jena's own loader makes of the same files: the same
 * quads graph by graph, all or nothing when the file fails half-way, optimizer statistics that agree with Jena's, and
 * after a kill -9 at any moment a store that opens and holds the old content or the new, never a mix.
 */
class BulkLoadTest {

    /** Enough quads that a load into a new store rebuilds it as a new generation. */
    private static final long BIG = 130_000;
    private static final long SMALL = 8_000;

    @TempDir
    Path dir;

    @Test
    void aBulkLoadIntoANewStoreHoldsExactlyWhatJenasLoaderMakesOfTheBundleAndTheFile() throws IOException {
        Path store = dir.resolve("store");
        Path bundle = snapshot(store, kg -> null);
        Path file = generated("big.nq", BIG, 11, null);
        load(store, file);

        assertThat(generations(store)).as("the load was written as a new generation").containsExactly("Data-0002");
        assertSameQuads(store, jena("expected", bundle, file));
    }

    @Test
    void bulkLoadsIntoAStoreThatHoldsDataAddExactlyWhatJenasLoaderAdds() throws IOException {
        Path store = dir.resolve("store");
        Path before = snapshot(store, kg -> null);
        Path small = generated("small.nq", SMALL, 21, "a");
        Path big = generated("big.nq", 3 * BIG / 2, 22, "b");
        Path last = generated("last.nq", SMALL, 23, "c");

        load(store, small);
        assertSameQuads(store, jena("after-small", before, small));
        assertThat(generations(store)).as("a small load goes in place").containsExactly("Data-0001");

        load(store, big);
        assertSameQuads(store, jena("after-big", before, small, big));
        assertThat(generations(store)).as("a big load into a small store rebuilds it").containsExactly("Data-0002");

        load(store, last);
        assertSameQuads(store, jena("after-last", before, small, big, last));
        assertThat(generations(store)).as("a load into a store above the rebuild size goes in place").containsExactly("Data-0002");
    }

    @Test
    void aBigFileWithASyntaxErrorAtItsEndLeavesTheStoreByteForByteAsItWas() throws IOException {
        Path file = generated("big.nq", BIG, 31, null);
        Files.writeString(file, "<https://w3id.org/aikg/id/x> <https://schema.org/name> \"broken <https://w3id.org/aikg/graph/entities> .\n",
                java.nio.file.StandardOpenOption.APPEND);
        refusedAndUnchanged(file, AikgException.Kind.SYNTAX, "big.nq");
    }

    @Test
    void aSmallFileWithASyntaxErrorAtItsEndLeavesTheStoreByteForByteAsItWas() throws IOException {
        Path file = generated("small.nq", SMALL, 32, "s");
        Files.writeString(file, "<https://w3id.org/aikg/id/x> <https://schema.org/name> \"broken <https://w3id.org/aikg/graph/entities> .\n",
                java.nio.file.StandardOpenOption.APPEND);
        refusedAndUnchanged(file, AikgException.Kind.SYNTAX, "small.nq");
    }

    @Test
    void aBigFileWithASourceThatContradictsItselfLeavesTheStoreByteForByteAsItWas() throws IOException {
        Path file = withContradiction(generated("big.nq", BIG, 33, null));
        refusedAndUnchanged(file, AikgException.Kind.INVALID, "src:test-c");
    }

    @Test
    void aSmallFileWithASourceThatContradictsItselfLeavesTheStoreByteForByteAsItWas() throws IOException {
        Path file = withContradiction(generated("small.nq", SMALL, 34, "s"));
        refusedAndUnchanged(file, AikgException.Kind.INVALID, "src:test-c");
    }

    @Test
    void afterABulkLoadTheStatisticsAreJenasAndQueriesAnswerAsOnJenasStore() throws IOException {
        Path store = dir.resolve("store");
        Path before = snapshot(store, kg -> null);
        Path big = generated("big.nq", BIG, 41, null);
        DatasetGraph expected = openJena(jena("expected", before, big));
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            graph.load(big, null, null, Progress.NONE);
            assertSameAnswers(graph, expected);
            release(graph.store().dataset());
        }
        Path stats = store.resolve("Data-0002").resolve("stats.opt");
        assertThat(stats).exists();
        assertThat(statistics(stats)).isEqualTo(Txn.calculateRead(expected, () -> statistics(expected)));

        Path small = generated("small.nq", SMALL, 42, "s");
        load(store, small);
        DatasetGraph expectedAfter = openJena(jena("expected-after", before, big, small));
        assertThat(statistics(stats)).as("the statistics follow an in-place load too")
                .isEqualTo(Txn.calculateRead(expectedAfter, () -> statistics(expectedAfter)));
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            assertSameAnswers(graph, expectedAfter);
            release(graph.store().dataset());
        }
    }

    private static void assertSameAnswers(KnowledgeGraph graph, DatasetGraph expected) throws IOException {
        for (String query : queries()) {
            List<String> ours = graph.select(QueryRequest.of(query)).rows().stream().map(Object::toString).sorted().toList();
            assertThat(ours).as(query).isNotEmpty().isEqualTo(answers(expected, query));
        }
    }

    @Test
    void aProcessKilledDuringABulkLoadLeavesAStoreThatOpensWithTheOldContentOrTheNewNeverAMix() throws Exception {
        Path template = dir.resolve("template");
        Path before = snapshot(template, kg -> null);
        Path big = generated("big.nq", BIG, 51, null);
        Set<String> oldQuads = lines(before);
        DatasetGraph expectedNew = openJena(jena("expected", before, big));
        long newSize = Txn.calculateRead(expectedNew, () -> count(expectedNew));

        List<String> outcomes = new ArrayList<>();
        for (Moment moment : Moment.values()) {
            Path store = dir.resolve("killed-" + moment);
            copy(template, store);
            Process child = new ProcessBuilder(java(), "-Xmx1g", "-Daikg.timing=true", "-cp",
                    System.getProperty("java.class.path"), Child.class.getName(), store.toString(), big.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                moment.await(out);
                child.destroyForcibly();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            DatasetGraph reopened = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
            long size = Txn.calculateRead(reopened, () -> count(reopened));
            if (size == oldQuads.size()) {
                Path now = dir.resolve("now-" + moment + ".nq");
                Txn.executeRead(reopened, () -> write(reopened, now));
                assertThat(lines(now)).as("killed %s: the old content", moment).isEqualTo(oldQuads);
                outcomes.add(moment + ": old");
            } else {
                assertThat(size).as("killed %s: neither the old size %d nor the new", moment, oldQuads.size()).isEqualTo(newSize);
                Txn.executeRead(reopened, () -> Txn.executeRead(expectedNew, () -> sameGraphs(reopened, expectedNew)));
                outcomes.add(moment + ": new");
            }
            release(reopened);
            // Killed between the switch and the removal of the old generation, the old one is left beside the new
            // (TDB2 opens the highest); the next bulk load removes it.
            List<String> generations = generations(store);
            assertThat(generations).as("killed %s: the old generation at most beside the current one", moment).hasSizeBetween(1, 2);
            if (generations.size() == 2) {
                assertThat(size).as("killed %s: two generations only once the new one is current", moment).isEqualTo(newSize);
            }
        }
        assertThat(outcomes).as("killed while parsing, nothing is committed; once done, all of it is")
                .contains(Moment.WHILE_PARSING + ": old", Moment.AFTER_IT_FINISHED + ": new");
    }

    /** When the child is killed: after a line of its output (its progress, or aikg's timing lines) and a pause. */
    private enum Moment {
        WHILE_PARSING("parsed", 0),
        AS_VALIDATION_ENDS("ms, validation ", 0),
        WHILE_WRITING_INDEXES("ms, validation ", 600),
        AFTER_IT_FINISHED("done", 0);

        private final String line;
        private final long thenWaitMillis;

        Moment(String line, long thenWaitMillis) {
            this.line = line;
            this.thenWaitMillis = thenWaitMillis;
        }

        void await(BufferedReader out) throws IOException {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                if (l.contains(line)) {
                    try {
                        Thread.sleep(thenWaitMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
            }
            throw new AssertionError("the child ended before it printed " + line);
        }
    }

    /** Loads a file into a store, printing its progress and, when it has finished, "done". */
    public static final class Child {
        public static void main(String[] args) {
            try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(Path.of(args[0])))) {
                graph.load(Path.of(args[1]), null, null, (parsed, millis) -> {
                    System.out.println("parsed " + parsed);
                    System.out.flush();
                });
            }
            System.out.println("done");
            System.out.flush();
        }
    }

    private void refusedAndUnchanged(Path file, AikgException.Kind kind, String named) throws IOException {
        Path store = dir.resolve("store");
        Path before = snapshot(store, kg -> {
            AikgException refused = catchThrowableOfType(AikgException.class, () -> kg.load(file, null, null, Progress.NONE));
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.getMessage()).contains(named).doesNotContain("\n");
            return null;
        });
        assertThat(generations(store)).containsExactly("Data-0001");
        DatasetGraph reopened = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
        Path after = dir.resolve("after.nq");
        Txn.executeRead(reopened, () -> write(reopened, after));
        release(reopened);
        assertThat(lines(after)).isEqualTo(lines(before));
    }

    /**
     * Creates or opens the aikg store, writes what it holds as N-Quads (through Jena, outside aikg), then runs the
     * action on it and closes it; returns the N-Quads file.
     */
    private Path snapshot(Path store, Function<KnowledgeGraph, Void> action) {
        Path out = dir.resolve("before-" + store.getFileName() + ".nq");
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            DatasetGraph dataset = graph.store().dataset();
            Txn.executeRead(dataset, () -> write(dataset, out));
            action.apply(graph);
            release(dataset);
        }
        return out;
    }

    private static void load(Path store, Path file) {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            graph.load(file, null, null, Progress.NONE);
            release(graph.store().dataset());
        }
    }

    /** A TDB2 directory into which Jena's own parser and loader read the files, one after the other. */
    private Path jena(String name, Path... files) {
        Path location = dir.resolve("jena-" + name);
        DatasetGraph dataset = TDB2Factory.connectDataset(location.toString()).asDatasetGraph();
        for (Path file : files) {
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, file.toString(), Lang.NQUADS));
        }
        release(dataset);
        return location;
    }

    private static DatasetGraph openJena(Path location) {
        DatasetGraph dataset = TDB2Factory.connectDataset(location.toString()).asDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    private static void assertSameQuads(Path store, Path expectedLocation) {
        DatasetGraph actual = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
        DatasetGraph expected = openJena(expectedLocation);
        Txn.executeRead(actual, () -> Txn.executeRead(expected, () -> {
            assertThat(count(actual)).isEqualTo(count(expected));
            sameGraphs(actual, expected);
        }));
        release(actual);
    }

    private static void sameGraphs(DatasetGraph actual, DatasetGraph expected) {
        Set<Node> names = new HashSet<>();
        actual.listGraphNodes().forEachRemaining(names::add);
        Set<Node> expectedNames = new HashSet<>();
        expected.listGraphNodes().forEachRemaining(expectedNames::add);
        assertThat(names).isEqualTo(expectedNames);
        assertThat(actual.getDefaultGraph().isEmpty()).isEqualTo(expected.getDefaultGraph().isEmpty());
        for (Node g : names) {
            assertThat(inMemory(actual.getGraph(g)).isIsomorphicWith(inMemory(expected.getGraph(g)))).as("graph %s", g).isTrue();
        }
    }

    private static Graph inMemory(Graph graph) {
        Graph copy = GraphMemFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    private static long count(DatasetGraph dataset) {
        long[] n = {0};
        dataset.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** The statistics as their items, less the line that says when they were made. */
    private static Set<String> statistics(Path file) {
        return items(SSE.readFile(file.toString()));
    }

    /** What Jena's own collector counts over the union of the named graphs, in the same form. */
    private static Set<String> statistics(DatasetGraph dataset) {
        StatsResults results = Stats.gather(dataset.getUnionGraph()).results();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stats.write(out, results);
        return items(SSE.parse(out.toString(StandardCharsets.UTF_8)));
    }

    private static Set<String> items(Item stats) {
        Set<String> items = new HashSet<>();
        for (int i = 1; i < stats.getList().size(); i++) {
            Item item = stats.getList().get(i);
            if (item.isTagged("meta")) {
                item.getList().forEach(m -> {
                    if (m.isTagged("count")) {
                        items.add(m.toString());
                    }
                });
            } else {
                items.add(item.toString());
            }
        }
        return items;
    }

    private static List<String> queries() throws IOException {
        Path workload = Path.of("..", "bench", "workload");
        return List.of(Files.readString(workload.resolve("q04-cost-per-gpu-hour.rq")),
                Files.readString(workload.resolve("q03-top-gpu-hours.rq")).replace("LIMIT 10", ""),
                "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
    }

    private static List<String> answers(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet set = exec.select();
                set.forEachRemaining(b -> rows.add(set.getResultVars().stream().map(b::get).toList().toString()));
            }
            rows.sort(Comparator.naturalOrder());
            return rows;
        });
    }

    /** A generated file; with a tag, its synthetic entities and sources renamed so that it shares none with another. */
    private Path generated(String name, long triples, long seed, String tag) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Generator.generate(triples, seed, out);
        String text = out.toString(StandardCharsets.UTF_8);
        if (tag != null) {
            text = text.replaceAll("(/aikg/id/(?:model|claim|price|run|org|person|event|family|gpu|publisher|index|country)-)(\\d)",
                    "$1" + tag + "$2").replace("/aikg/source/syn-", "/aikg/source/syn-" + tag);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The file with a source graph appended that gives two figures for one fall. */
    private Path withContradiction(Path file) throws IOException {
        Path fixture;
        try {
            fixture = Path.of(getClass().getClassLoader().getResource("per-source/one-source-contradicts-itself.trig").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        RDFDataMgr.write(quads, RDFDataMgr.loadDatasetGraph(fixture.toString()), Lang.NQUADS);
        Files.write(file, quads.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    private static void write(DatasetGraph dataset, Path file) {
        try (var out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return new HashSet<>(lines.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** Closes the dataset and forgets it, so that the directory is read from disk when it is opened next. */
    private static void release(DatasetGraph dataset) {
        TDBInternal.expel(dataset, true);
    }
}

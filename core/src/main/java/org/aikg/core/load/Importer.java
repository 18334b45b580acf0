package org.aikg.core.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateRequest;

/** Imports an RDF file or any other source into a store: nothing is written unless all of it parses and conforms to the shapes. */
public final class Importer {

    /** Where triples outside any named graph go, so that the union default graph shows them. */
    public static final String DEFAULT_IMPORT_GRAPH = AIKG.GRAPH + "default";

    private final Store store;
    private final Validator validator;

    public Importer(Store store, Validator validator) {
        this.store = store;
        this.validator = validator;
    }

    /** The RDF language for a file: from the option when given, else from its extension (also under .gz). */
    public static Lang language(Path file, String option) {
        if (option != null) {
            Lang lang = OutputFormat.parse(option).lang();
            if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
                throw new AikgException(Kind.USAGE, "Cannot import " + option + "; use turtle, trig, ntriples, nquads, jsonld or rdfxml");
            }
            return lang;
        }
        Lang lang = OutputFormat.langForFile(file.getFileName().toString());
        if (lang == null) {
            throw new AikgException(Kind.USAGE, "Cannot tell the format of " + file
                    + " from its name; give --lang turtle|trig|ntriples|nquads|jsonld|rdfxml");
        }
        return lang;
    }

    /**
     * Parses, checks and validates the file, then adds it to the store in one transaction. On a TDB2 store the three
     * overlap: a second thread parses and then validates while this one adds the quads inside a write transaction (as
     * TDB2's basic loader does); the transaction commits only when the whole file has parsed and validated, and aborts
     * otherwise. Only the triples to validate are held in memory; quads with blank nodes wait until the end of the
     * parse, when those that repeat a blank-node tree the graph already holds are left out ({@link BlankNodeMerge}).
     */
    public ImportReport load(Path file, Lang lang, String graph, Progress progress) {
        return load(new RdfFileSource(file, lang), graph, progress);
    }

    /** Imports any source, all or nothing, the same way as an RDF file. */
    public ImportReport load(ImportSource source, String graph, Progress progress) {
        Node target = graph == null ? null : NodeFactory.createURI(graph);
        DatasetGraph dataset = store.dataset();
        if (dataset != null && TDBInternal.isTDB2(dataset)) {
            return new Pipeline(source, target, progress, dataset).run();
        }
        long start = System.nanoTime();
        Staging staging = new Staging();
        parse(source, target, staging::add, progress, start);
        long parsed = System.nanoTime();
        settle(staging, source.name(), g -> false, quad -> {}, () -> {});
        long validated = System.nanoTime();
        List<Quad> quads = new ArrayList<>();
        staging.graphs().forEach((g, triples) -> triples.find().forEachRemaining(t -> quads.add(Quad.create(g, t))));
        if (dataset == null) {
            QuadDataAcc data = new QuadDataAcc();
            quads.forEach(data::addQuad);
            store.update(new UpdateRequest(new UpdateDataInsert(data)));
        } else {
            Txn.executeWrite(dataset, () -> quads.forEach(dataset::add));
        }
        timing("parse %d ms, validate %d ms, commit %d ms", (parsed - start) / 1_000_000,
                (validated - parsed) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
        return staging.report(start);
    }

    /**
     * Adds quads already known to conform (the bundle, validated when it was built) to a TDB2 store in one write
     * transaction, each index filled in its own order as a bulk import into a bigger store does: faster than
     * adding them one by one, and a process killed on the way leaves the store as it was.
     */
    public static void fill(DatasetGraph dataset, Consumer<StreamRDF> source) {
        BulkLoad load = new BulkLoad(dataset, Long.MAX_VALUE);
        try {
            load.begin();
            CollectorStreamRDF collected = new CollectorStreamRDF();
            source.accept(collected);
            List<Quad> quads = new ArrayList<>(collected.getQuads());
            collected.getTriples().forEach(t -> quads.add(Quad.create(Quad.defaultGraphNodeGenerated, t)));
            collected.getPrefixes().forEach(load::prefix);
            load.add(quads);
            load.commit();
        } catch (RuntimeException | Error e) {
            load.abort();
            throw e;
        }
    }

    /**
     * After the parse, against the store as it was: merges away the blank-node trees the store already holds, hands the
     * remaining quads with blank nodes of the graphs {@code heldBack} to {@code blankQuads}, calls {@code added} and
     * then validates graph by graph.
     */
    private void settle(Staging staging, String name, Predicate<Node> heldBack, Consumer<Quad> blankQuads, Runnable added) {
        DatasetGraph dataset = store.dataset();
        Supplier<Void> work = () -> {
            long start = System.nanoTime();
            Map<Node, Graph> neighbourhoods = new HashMap<>();
            staging.graphs().forEach((g, staged) -> {
                Graph near = Neighbourhood.of(dataset, g, staged);
                neighbourhoods.put(g, near);
                BlankNodeMerge.apply(g, staged, near, staging);
                if (heldBack.test(g)) {
                    staged.find().forEachRemaining(t -> {
                        if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                            blankQuads.accept(Quad.create(g, t));
                        }
                    });
                }
            });
            long merged = System.nanoTime();
            added.run();
            validator.requireValid(staging, neighbourhoods, name);
            timing("%d graphs: neighbourhoods and merge %d ms, validation %d ms", staging.graphs().size(),
                    (merged - start) / 1_000_000, (System.nanoTime() - merged) / 1_000_000);
            return null;
        };
        if (dataset == null) {
            work.get();
        } else {
            store.read(work);
        }
    }

    private static boolean hasBlankNode(Quad quad) {
        return quad.getSubject().isBlank() || quad.getObject().isBlank();
    }

    /** A stage's timing on standard error, when {@code -Daikg.timing=true}. */
    static void timing(String format, Object... args) {
        if (Boolean.getBoolean("aikg.timing")) {
            System.err.printf("aikg: " + format + "%n", args);
        }
    }

    /** Parse and validate on one thread, load on the caller's, joined by a bounded queue of batches. */
    private final class Pipeline {

        private static final int BATCH = 10_000;
        private static final List<Quad> END = List.of();

        private final ImportSource source;
        private final Node graph;
        private final Progress progress;
        private final Staging staging = new Staging();
        private final BlockingQueue<List<Quad>> batches = new ArrayBlockingQueue<>(64);
        private final long start = System.nanoTime();
        private volatile Throwable failure;
        private List<Quad> batch = new ArrayList<>(BATCH);
        private final Map<Node, Boolean> inStore = new HashMap<>();
        private final DatasetGraph dataset;
        private Node lastGraph;
        private boolean lastHeldBack;
        private volatile long parsedAt;
        private volatile long validatedAt;

        Pipeline(ImportSource source, Node graph, Progress progress, DatasetGraph dataset) {
            this.source = source;
            this.dataset = dataset;
            this.graph = graph;
            this.progress = progress;
        }

        ImportReport run() {
            Thread worker = Thread.ofPlatform().name("aikg-parse").daemon().start(this::parseThenValidate);
            BulkLoad load = new BulkLoad(dataset);
            long loadedAt;
            long preparedAt;
            try {
                load.begin();
                for (List<Quad> next = take(); next != END; next = take()) {
                    load.add(next);
                }
                loadedAt = System.nanoTime();
                if (failure == null) {
                    load.prepare(() -> failure != null);
                }
                preparedAt = System.nanoTime();
                join(worker);
                switch (failure) {
                    case null -> {}
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    default -> throw new AikgException(Kind.STORE, "Import of " + source.name() + " failed: " + failure, failure);
                }
                staging.release();
                load.commit();
            } catch (RuntimeException | Error e) {
                worker.interrupt();
                load.abort();
                throw e;
            }
            timing("parse %d ms, validate %d ms (on a second thread); all added after %d ms, indexes built after %d ms, committed after %d ms",
                    (parsedAt - start) / 1_000_000, (validatedAt - parsedAt) / 1_000_000, (loadedAt - start) / 1_000_000,
                    (preparedAt - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
            return staging.report(start);
        }

        private void parseThenValidate() {
            try {
                parse(source, graph, quad -> {
                    staging.add(quad);
                    if (!hasBlankNode(quad) || !heldBack(quad.getGraph())) {
                        send(quad);
                    }
                }, progress, start);
                parsedAt = System.nanoTime();
                settle(staging, source.name(), this::heldBack, this::send, () -> {
                    put(batch);
                    put(END);
                });
                validatedAt = System.nanoTime();
            } catch (Throwable e) {
                failure = e;
                batches.clear();
                batches.offer(END);
            }
        }

        /**
         * Whether the quads with blank nodes of a graph wait for the end of the parse: only where the store already has
         * the graph can a blank-node tree repeat one it holds.
         */
        private boolean heldBack(Node g) {
            if (g != lastGraph) {
                lastGraph = g;
                lastHeldBack = inStore.computeIfAbsent(g, name -> store.read(() -> dataset.containsGraph(name)));
            }
            return lastHeldBack;
        }

        private void send(Quad quad) {
            batch.add(quad);
            if (batch.size() == BATCH) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(List<Quad> batch) {
            try {
                batches.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AikgException(Kind.STORE, "Import of " + source.name() + " interrupted");
            }
        }

        private List<Quad> take() {
            try {
                return batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AikgException(Kind.STORE, "Import of " + source.name() + " interrupted");
            }
        }

        private void join(Thread worker) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AikgException(Kind.STORE, "Import of " + source.name() + " interrupted");
            }
        }
    }

    /**
     * Parses the source, handing every quad (default-graph triples moved to the import graph) to the sink after
     * checking its IRIs.
     */
    private static void parse(ImportSource source, Node graph, Consumer<Quad> out, Progress progress, long start) {
        Node defaultTarget = graph != null ? graph : NodeFactory.createURI(DEFAULT_IMPORT_GRAPH);
        IriCheck iris = new IriCheck(source.name());
        long[] count = {0};
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(defaultTarget, triple));
            }

            @Override
            public void quad(Quad quad) {
                Node g = graph != null || quad.isDefaultGraph() ? defaultTarget : quad.getGraph();
                Quad placed = CanonicalLiterals.of(g == quad.getGraph() ? quad : Quad.create(g, quad.asTriple()));
                iris.check(placed);
                out.accept(placed);
                if (++count[0] % 100_000 == 0) {
                    progress.parsed(count[0], (System.nanoTime() - start) / 1_000_000);
                }
            }
        };
        source.parse(sink);
        progress.parsed(count[0], (System.nanoTime() - start) / 1_000_000);
    }
}

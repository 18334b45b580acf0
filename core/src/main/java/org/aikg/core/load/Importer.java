package org.aikg.core.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateRequest;

/** Imports an RDF file into a store: nothing is written unless the whole file parses and conforms to the shapes. */
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
     * otherwise. Only the triples to validate are held in memory, not the quads.
     */
    public ImportReport load(Path file, Lang lang, String graph, Progress progress) {
        return load(new RdfFileSource(file, lang), graph, progress);
    }

    /** Imports any source, all or nothing, the same way as an RDF file. */
    public ImportReport load(ImportSource source, String graph, Progress progress) {
        Node target = graph == null ? null : NodeFactory.createURI(graph);
        DatasetGraph dataset = store.dataset();
        if (dataset != null && org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dataset)) {
            return new Pipeline(source, target, progress).run(dataset);
        }
        long start = System.nanoTime();
        Staged staged = new Staged();
        List<Quad> quads = new ArrayList<>();
        parse(source, target, quad -> {
            staged.add(quad);
            quads.add(quad);
        }, progress, start);
        long parsed = System.nanoTime();
        validator.requireValid(staged.triples, staged.subjects, source.name());
        long validated = System.nanoTime();
        if (dataset == null) {
            QuadDataAcc data = new QuadDataAcc();
            quads.forEach(data::addQuad);
            store.update(new UpdateRequest(new UpdateDataInsert(data)));
        } else {
            Txn.executeWrite(dataset, () -> quads.forEach(dataset::add));
        }
        timing("parse %d ms, validate %d ms, commit %d ms", (parsed - start) / 1_000_000,
                (validated - parsed) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
        return staged.report(start);
    }

    /** What validation needs of an import, gathered while parsing: its triples, subjects, and a count of quads and graphs. */
    private static final class Staged {
        final Graph triples = GraphFactory.createDefaultGraph();
        final java.util.Set<Node> subjects = new java.util.HashSet<>();
        final java.util.Set<Node> graphs = new java.util.HashSet<>();
        long quads;

        void add(Quad quad) {
            triples.add(quad.asTriple());
            subjects.add(quad.getSubject());
            graphs.add(quad.getGraph());
            quads++;
        }

        ImportReport report(long start) {
            return new ImportReport(quads, graphs.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void timing(String format, Object... args) {
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
        private final Staged staged = new Staged();
        private final java.util.concurrent.BlockingQueue<List<Quad>> batches = new java.util.concurrent.ArrayBlockingQueue<>(64);
        private final long start = System.nanoTime();
        private volatile Throwable failure;
        private List<Quad> batch = new ArrayList<>(BATCH);
        private volatile long parsedAt;
        private volatile long validatedAt;

        Pipeline(ImportSource source, Node graph, Progress progress) {
            this.source = source;
            this.graph = graph;
            this.progress = progress;
        }

        ImportReport run(DatasetGraph dataset) {
            Thread worker = Thread.ofPlatform().name("aikg-parse").daemon().start(this::parseThenValidate);
            dataset.begin(org.apache.jena.query.TxnType.WRITE);
            long loadedAt;
            try {
                for (List<Quad> next = take(); next != END; next = take()) {
                    next.forEach(dataset::add);
                }
                loadedAt = System.nanoTime();
                join(worker);
                switch (failure) {
                    case null -> {}
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    default -> throw new AikgException(Kind.STORE, "Import of " + source.name() + " failed: " + failure, failure);
                }
                dataset.commit();
            } catch (RuntimeException | Error e) {
                worker.interrupt();
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                throw e;
            } finally {
                dataset.end();
            }
            timing("parse %d ms, validate %d ms (on a second thread); all added after %d ms, commit %d ms", (parsedAt - start) / 1_000_000,
                    (validatedAt - parsedAt) / 1_000_000, (loadedAt - start) / 1_000_000, (System.nanoTime() - loadedAt) / 1_000_000);
            return staged.report(start);
        }

        private void parseThenValidate() {
            try {
                parse(source, graph, quad -> {
                    staged.add(quad);
                    batch.add(quad);
                    if (batch.size() == BATCH) {
                        put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }, progress, start);
                put(batch);
                parsedAt = System.nanoTime();
                put(END);
                validator.requireValid(staged.triples, staged.subjects, source.name());
                validatedAt = System.nanoTime();
            } catch (Throwable e) {
                failure = e;
                batches.clear();
                batches.offer(END);
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

    /** Parses the source, handing every quad (default-graph triples moved to the import graph) to the sink. */
    private static void parse(ImportSource source, Node graph, java.util.function.Consumer<Quad> out, Progress progress, long start) {
        Node defaultTarget = graph != null ? graph : NodeFactory.createURI(DEFAULT_IMPORT_GRAPH);
        long[] count = {0};
        StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(defaultTarget, triple));
            }

            @Override
            public void quad(Quad quad) {
                Node g = graph != null || quad.isDefaultGraph() ? defaultTarget : quad.getGraph();
                out.accept(g == quad.getGraph() ? quad : Quad.create(g, quad.asTriple()));
                if (++count[0] % 100_000 == 0) {
                    progress.parsed(count[0], (System.nanoTime() - start) / 1_000_000);
                }
            }
        };
        source.parse(sink);
        progress.parsed(count[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** An RDF file in one of the six syntaxes, gzipped or not; JSON-LD that names a remote context is refused. */
    record RdfFileSource(Path file, Lang lang) implements ImportSource {

        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public void parse(StreamRDF sink) {
            try (InputStream in = open(file)) {
                if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
                    byte[] bytes = in.readAllBytes();
                    refuseRemoteContexts(file, bytes);
                    RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang).base(file.toUri().toString())
                            .errorHandler(errors(file)).parse(sink);
                } else {
                    RDFParser.source(in).lang(lang).base(file.toUri().toString()).errorHandler(errors(file)).parse(sink);
                }
            } catch (NoSuchFileException e) {
                throw new AikgException(Kind.NOT_FOUND, "No such file: " + file);
            } catch (IOException e) {
                throw new AikgException(Kind.SYNTAX, file + ": cannot read: " + e.getMessage(), e);
            } catch (AikgException e) {
                throw e;
            } catch (RiotException e) {
                throw new AikgException(Kind.SYNTAX, file + ": " + oneLine(e.getMessage()), e);
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static ErrorHandler errors(Path file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {}

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                String where = line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "";
                throw new AikgException(Kind.SYNTAX, file + where + ": " + oneLine(message));
            }
        };
    }

    /** JSON-LD from outside may name remote or file contexts; aikg fetches nothing, so it refuses them. */
    static void refuseRemoteContexts(Path file, byte[] json) {
        JsonValue root;
        try {
            root = JSON.parseAny(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new AikgException(Kind.SYNTAX, file + ": not JSON: " + oneLine(e.getMessage()));
        }
        checkContexts(file, root);
    }

    private static void checkContexts(Path file, JsonValue value) {
        if (value.isArray()) {
            for (JsonValue v : value.getAsArray()) {
                checkContexts(file, v);
            }
        } else if (value.isObject()) {
            JsonObject object = value.getAsObject();
            for (String key : object.keys()) {
                JsonValue v = object.get(key);
                if (key.equals("@context") || key.equals("@import")) {
                    refuseReferences(file, v);
                }
                checkContexts(file, v);
            }
        }
    }

    private static void refuseReferences(Path file, JsonValue context) {
        if (context.isString()) {
            throw new AikgException(Kind.REFUSED, file + ": remote JSON-LD context refused (" + context.getAsString().value()
                    + "); inline the context in the file");
        }
        if (context.isArray()) {
            JsonArray array = context.getAsArray();
            for (JsonValue v : array) {
                refuseReferences(file, v);
            }
        }
        if (context.isObject() && context.getAsObject().hasKey("@import")) {
            refuseReferences(file, context.getAsObject().get("@import"));
        }
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String text = message.strip().replaceAll("\\s+", " ");
        return text.replaceFirst("^\\[line: \\d+, col: \\d+ *\\] *", "");
    }

    /** A graph holding the triples of all quads, for validation. */
    static Graph triplesOf(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}

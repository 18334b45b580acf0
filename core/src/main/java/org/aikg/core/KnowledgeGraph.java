package org.aikg.core;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Exporter;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Importer;
import org.aikg.core.load.Progress;
import org.aikg.core.load.Validator;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.named.NamedQueryCatalogue;
import org.aikg.core.query.Params;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.aikg.core.store.LocalStore;
import org.aikg.core.store.RemoteStore;
import org.aikg.core.store.Store;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** The one entry point to aikg: open a store, then query it, run named queries, load, validate and export. */
public final class KnowledgeGraph implements AutoCloseable {

    private final Store store;
    private final QueryRunner queries;
    private NamedQueryCatalogue catalogue;
    private Validator validator;

    private KnowledgeGraph(Store store) {
        this.store = store;
        this.queries = new QueryRunner(store);
    }

    /** Opens the store the spec names. */
    public static KnowledgeGraph open(StoreSpec spec) {
        Store store = switch (spec) {
            case StoreSpec.InMemory m -> LocalStore.inMemory();
            case StoreSpec.Tdb2 t -> LocalStore.tdb2(t.directory());
            case StoreSpec.Remote r -> new RemoteStore(r.endpoint(), r.user(), r.password());
        };
        return new KnowledgeGraph(store);
    }

    /** The bundled graph in memory. */
    public static KnowledgeGraph inMemory() {
        return open(StoreSpec.inMemory());
    }

    /** One line saying which store is open. */
    public String storeDescription() {
        return store.description();
    }

    /** The store behind the facade, for the server and other engines in this process. */
    public Store store() {
        return store;
    }

    /** Runs a query and writes the result in the format. */
    public QueryOutcome query(QueryRequest request, OutputFormat format, OutputStream out) {
        return queries.run(request, format, out);
    }

    /** Runs a SELECT and returns its rows. */
    public Rows select(QueryRequest request) {
        return queries.select(request);
    }

    /** The named queries shipped with aikg. */
    public NamedQueryCatalogue namedQueries() {
        if (catalogue == null) {
            catalogue = NamedQueryCatalogue.load();
        }
        return catalogue;
    }

    /** Runs a named query with parameter values as typed by a user; limits come from the request. */
    public QueryOutcome runNamed(String name, Map<String, String> params, QueryRequest limits, OutputFormat format,
            OutputStream out) {
        NamedQuery named = namedQueries().get(name);
        Query query = QueryRunner.parse(named.text());
        return queries.run(query, bind(named, query, params), limits, format, out);
    }

    /** Runs a named SELECT and returns its rows. */
    public Rows selectNamed(String name, Map<String, String> params) {
        NamedQuery named = namedQueries().get(name);
        Query query = QueryRunner.parse(named.text());
        return queries.select(query, bind(named, query, params), QueryRequest.of(""));
    }

    private static Map<String, Node> bind(NamedQuery named, Query query, Map<String, String> given) {
        for (String key : given.keySet()) {
            if (named.parameter(key).isEmpty()) {
                String declared = named.parameters().isEmpty() ? "it takes none"
                        : "it takes " + named.parameters().stream().map(NamedQuery.Parameter::name)
                                .collect(Collectors.joining(", "));
                throw new AikgException(Kind.USAGE, "Named query '" + named.name() + "' has no parameter '" + key
                        + "'; " + declared);
            }
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : named.parameters()) {
            String value = given.getOrDefault(p.name(), p.defaultValue());
            if (value == null) {
                if (p.required()) {
                    throw new AikgException(Kind.USAGE, "Named query '" + named.name() + "' needs --param "
                            + p.name() + "=<" + p.type() + ">: " + p.description());
                }
                continue;
            }
            nodes.put(p.name(), Params.toNode(p.name(), value, p.type(), query.getPrefixMapping()));
        }
        return nodes;
    }

    /** Imports an RDF file, all or nothing: it is parsed and validated before one transaction adds it. */
    public ImportReport load(Path file, String lang, String graph, Progress progress) {
        if (graph != null) {
            graph = Params.iri("graph", graph, Prefixes.standard()).getURI();
        }
        return new Importer(store, validator()).load(file, Importer.language(file, lang), graph, progress);
    }

    /** Validates the whole store against the shapes; an empty list means it conforms. */
    public List<String> validate() {
        return validator().validateStore();
    }

    private Validator validator() {
        if (validator == null) {
            validator = new Validator(store);
        }
        return validator;
    }

    /** Runs a SPARQL update; LOAD of anything but http(s) and SERVICE are refused. */
    public void update(String text) {
        UpdateRequest request = new UpdateRequest();
        request.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
        try {
            UpdateFactory.parse(request, text);
        } catch (QueryParseException e) {
            throw QueryRunner.syntaxError(e);
        }
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load) {
                String source = load.getSource();
                if (!source.startsWith("http://") && !source.startsWith("https://")) {
                    throw new AikgException(Kind.REFUSED, "LOAD <" + source + "> is refused: aikg reads no local files in an update; use: load FILE");
                }
            }
            if (op instanceof UpdateModify modify && containsService(modify.getWherePattern())) {
                throw new AikgException(Kind.REFUSED, "SERVICE is refused: aikg queries only its own store");
            }
        }
        store.update(request);
    }

    private static boolean containsService(org.apache.jena.sparql.syntax.Element element) {
        boolean[] found = {false};
        org.apache.jena.sparql.syntax.ElementWalker.walk(element, new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Whether writes outlive this process. */
    public boolean persistent() {
        return store.persistent();
    }

    /** Exploring: search, resolve, facts, statistics. */
    public Explorer explorer() {
        return new Explorer(queries);
    }

    /** Export of the dataset, a graph, or an entity. */
    public Exporter exporter() {
        return new Exporter(store);
    }

    @Override
    public void close() {
        store.close();
    }
}

package org.aikg.core;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Exporter;
import org.aikg.core.format.FormatChoice;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.ImportSource;
import org.aikg.core.load.Importer;
import org.aikg.core.load.Progress;
import org.aikg.core.load.Validator;
import org.aikg.core.named.MissingParameterException;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.named.NamedQueryCatalogue;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.profile.Listings;
import org.aikg.core.profile.Profiles;
import org.aikg.core.query.Params;
import org.aikg.core.query.PreparedQuery;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.aikg.core.query.Sparql;
import org.aikg.core.store.LocalStore;
import org.aikg.core.store.RemoteStore;
import org.aikg.core.store.Store;
import org.aikg.core.tabular.CsvSource;
import org.aikg.core.tabular.Mappings;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** The one entry point to aikg: open a store, then query it, run named queries, load, update, validate and export. */
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

    /** Whether writes outlive this process. */
    public boolean persistent() {
        return store.persistent();
    }

    /** Runs a query and writes the result in the format. */
    public QueryOutcome query(QueryRequest request, OutputFormat format, OutputStream out) {
        return query(request, FormatChoice.of(format), out);
    }

    /** Runs a query and writes the result in the format chosen for its form; parameters are bound after parsing. */
    public QueryOutcome query(QueryRequest request, FormatChoice formats, OutputStream out) {
        return run(prepare(request), formats, out);
    }

    /** Parses a query and binds its parameters, once for any number of runs. */
    public PreparedQuery prepare(QueryRequest request) {
        Query query = Sparql.parseQuery(request.text());
        return new PreparedQuery(query, guessParams(query, request.params()), request.policy());
    }

    /** Runs a prepared query and writes the result in the format chosen for its form. */
    public QueryOutcome run(PreparedQuery prepared, FormatChoice formats, OutputStream out) {
        Query query = prepared.query();
        return queries.run(query, prepared.params(), prepared.policy(), formats.pick(tabular(query)), out);
    }

    /** Runs a SELECT and returns its rows. */
    public Rows select(QueryRequest request) {
        Query query = Sparql.parseQuery(request.text());
        return queries.select(query, guessParams(query, request.params()), request.policy());
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
        return runNamed(name, params, limits.policy(), FormatChoice.of(format), out);
    }

    /** Runs a named query, writing its result in the format chosen for its form. */
    public QueryOutcome runNamed(String name, Map<String, String> params, QueryPolicy policy, FormatChoice formats,
            OutputStream out) {
        return run(prepareNamed(name, params, policy), formats, out);
    }

    /** Parses a named query and binds the parameter values as typed by a user, once for any number of runs. */
    public PreparedQuery prepareNamed(String name, Map<String, String> params, QueryPolicy policy) {
        NamedQuery named = namedQueries().get(name);
        Query query = Sparql.parseQuery(named.text());
        return new PreparedQuery(query, bind(named, query, params), policy);
    }

    /** Runs a named SELECT and returns its rows. */
    public Rows selectNamed(String name, Map<String, String> params) {
        return selectNamed(name, params, QueryPolicy.defaults());
    }

    /** Runs a named SELECT under a policy and returns its rows. */
    public Rows selectNamed(String name, Map<String, String> params, QueryPolicy policy) {
        NamedQuery named = namedQueries().get(name);
        Query query = Sparql.parseQuery(named.text());
        return queries.select(query, bind(named, query, params), policy);
    }

    /** Stops the queries running now (Ctrl-C at the prompt); they fail with {@link AikgException.Kind#CANCELLED}. */
    public void cancelRunning() {
        queries.cancelRunning();
    }

    private static boolean tabular(Query query) {
        return query.isSelectType() || query.isAskType();
    }

    private static Map<String, Node> guessParams(Query query, Map<String, String> params) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        params.forEach((name, value) -> nodes.put(name, Params.toNode(name, value, "any", query.getPrefixMapping())));
        return nodes;
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
                    throw new MissingParameterException(named, p);
                }
                continue;
            }
            nodes.put(p.name(), Params.toNode(p.name(), value, p.type(), query.getPrefixMapping()));
        }
        return nodes;
    }

    /** Imports an RDF file, all or nothing: it is parsed and validated before one transaction adds it. */
    public ImportReport load(Path file, String lang, String graph, Progress progress) {
        return new Importer(store, validator()).load(file, Importer.language(file, lang), graphIri(graph), progress);
    }

    /**
     * Imports a CSV table through a mapping (a shipped one by name, such as {@code epoch-notable}, or a mapping file),
     * all or nothing, validated like an RDF file; names are reconciled with the entity registry of this store.
     */
    public ImportReport loadTable(Path csv, String mapping, String graph, Progress progress) {
        return load(new CsvSource(csv, Mappings.resolve(mapping), store), graph, progress);
    }

    /** Imports any source (a CSV file read through a mapping, say), all or nothing, like an RDF file. */
    public ImportReport load(ImportSource source, String graph, Progress progress) {
        return new Importer(store, validator()).load(source, graphIri(graph), progress);
    }

    private static String graphIri(String graph) {
        return graph == null ? null : Params.iri("graph", graph, Prefixes.standard()).getURI();
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

    /** Runs a SPARQL update under the policy: no LOAD of local files, no SERVICE, and the policy's deadline. */
    public void update(String text, QueryPolicy policy) {
        queries.update(Sparql.parseUpdate(text), policy);
    }

    /** Runs a SPARQL update under the default policy. */
    public void update(String text) {
        update(text, QueryPolicy.defaults());
    }

    /** Exploring: search, resolve, facts, statistics. */
    public Explorer explorer() {
        return new Explorer(queries);
    }

    /** Profiles: one readable view of an entity, its figures in words, what belongs to it, its numbered sources. */
    public Profiles profiles() {
        return new Profiles(queries);
    }

    /** Listings: the entities of a class, a page at a time, with facets. */
    public Listings listings() {
        return new Listings(queries);
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

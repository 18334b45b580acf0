package org.aikg.core.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The entities of a class (its subclasses included) or aikg's catalogued sources, a page at a time, sorted by name,
 * with facets (organization, year, access level, country, category, domain) that count and filter. Every query binds
 * the class and the filter values as nodes; only fixed fragments of query text are put together.
 */
public final class Listings {

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 200;

    /** Stands for the sources catalogued in graph:sources, which are listed like a class. */
    public static final Node SOURCES = NodeFactory.createURI(AIKG.GRAPH + "sources");

    private static final String CLASS_MEMBERS = "?sub rdfs:subClassOf* ?class . ?x a ?sub . FILTER (isIRI(?x))\n";
    private static final String SOURCE_MEMBERS = "GRAPH graph:sources { ?x a prov:Entity }\n";

    /**
     * A facet: its name (the query parameter), title, the pattern that gives its values ?v, the filter on ?f, and the
     * classes whose listings (with their subclasses') show it; every facet filters any listing.
     */
    private record Definition(String name, String title, String values, String filter, Set<String> shownFor, String order) {

        Definition(String name, String title, String values, String filter, Set<String> shownFor) {
            this(name, title, values, filter, shownFor, "DESC(?n) ?v");
        }
    }

    private static final String ORGANIZATION = "schema:creator|aikg:subject|dcterms:publisher";
    private static final String DATE = "schema:datePublished|schema:startDate|dcterms:issued";
    private static final String MODEL = AIKG.NS + "AIModel";
    private static final String EVENT = AIKG.NS + "MarketEvent";
    private static final String ORGANIZATION_CLASS = "https://schema.org/Organization";

    private static final List<Definition> FACETS = List.of(
            new Definition("organization", "Organization", "?x " + ORGANIZATION + " ?v .", "?x " + ORGANIZATION + " ?f_organization .",
                    Set.of(MODEL, EVENT, SOURCES.getURI())),
            new Definition("year", "Year", "?x " + DATE + " ?date_v . BIND (SUBSTR(STR(?date_v), 1, 4) AS ?v)",
                    "?x " + DATE + " ?date_f . FILTER (STRSTARTS(STR(?date_f), STR(?f_year)))", Set.of(MODEL, EVENT, SOURCES.getURI()),
                    "DESC(?v)"),
            new Definition("access", "Access level", "?x aikg:accessLevel ?access_v . ?access_v skos:broader* ?v .", "?x aikg:accessLevel ?access_f . ?access_f skos:broader* ?f_access .",
                    Set.of(MODEL)),
            new Definition("domain", "Domain", "?x aikg:domain ?v .", "?x aikg:domain ?f_domain .", Set.of(MODEL)),
            new Definition("country", "Country", "?x schema:location ?v .", "?x schema:location ?f_country .", Set.of(ORGANIZATION_CLASS)),
            new Definition("category", "Category", "?x aikg:organizationCategory ?v .", "?x aikg:organizationCategory ?f_category .",
                    Set.of(ORGANIZATION_CLASS)));

    private static final String SUPERCLASSES = "SELECT ?super WHERE { ?class rdfs:subClassOf* ?super }";

    /** The facet values shown: the most frequent, or the latest years. */
    private static final int FACET_VALUES = 12;

    private static final Map<String, String> TITLES = Map.of(
            AIKG.NS + "AIModel", "Models",
            "https://schema.org/Organization", "Organizations",
            "https://schema.org/Person", "People",
            AIKG.NS + "MarketEvent", "Market events",
            AIKG.NS + "Claim", "Claims",
            AIKG.GRAPH + "sources", "Sources");

    private static final String DETAILS = """
            SELECT ?x ?type ?org ?access WHERE {
              OPTIONAL { ?x a ?type FILTER (STRSTARTS(STR(?type), STR(aikg:))) }
              OPTIONAL { ?x schema:creator|aikg:subject|dcterms:publisher ?org }
              OPTIONAL { ?x aikg:accessLevel ?access }
            }""";

    private final Fetch fetch;

    public Listings(QueryRunner runner) {
        this.fetch = new Fetch(runner);
    }

    /** The names of the facets a request may filter by. */
    public static List<String> facetNames() {
        return FACETS.stream().map(Definition::name).toList();
    }

    /** A title for the listing of a class: "Models", "People", or the class's label. */
    public String title(Node type) {
        String title = TITLES.get(type.getURI());
        return title != null ? title : new Words(fetch).term(type);
    }

    /** How many entities the class (with its subclasses), or the catalogue of sources, has. */
    public long count(Node type) {
        return fetch.count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {\n" + (type.equals(SOURCES) ? SOURCE_MEMBERS : CLASS_MEMBERS) + "}",
                Map.of("class", type));
    }

    /** One page of the listing with its total and facets; USAGE for a facet aikg does not have. */
    public Listing list(ListingRequest request) {
        Map<String, Node> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(request.type().equals(SOURCES) ? SOURCE_MEMBERS : CLASS_MEMBERS);
        params.put("class", request.type());
        for (Map.Entry<String, Node> filter : request.filters().entrySet()) {
            Definition facet = FACETS.stream().filter(f -> f.name().equals(filter.getKey())).findFirst()
                    .orElseThrow(() -> new AikgException(Kind.USAGE, "There is no facet '" + filter.getKey()
                            + "'; facets are " + String.join(", ", facetNames())));
            where.append(facet.filter()).append('\n');
            params.put("f_" + facet.name(), filter.getValue());
        }
        long total = fetch.count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {\n" + where + "}", params);
        String page = "SELECT ?x WHERE {\n" + where
                + "OPTIONAL { ?x schema:name|dcterms:title ?name } BIND (LCASE(?name) AS ?key)\n} ORDER BY ?key ?x";
        Rows rows = fetch.rows(page, params, request.size(), (long) (request.page() - 1) * request.size());
        List<Node> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!shown.contains(rows.get(i, "x"))) {
                shown.add(rows.get(i, "x"));
            }
        }
        Words words = new Words(fetch);
        List<ListingRow> listed = rows(shown, words);
        Set<String> supers = new HashSet<>();
        Rows classes = fetch.rows(SUPERCLASSES, Map.of("class", request.type()));
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i, "super").isURI()) {
                supers.add(classes.get(i, "super").getURI());
            }
        }
        supers.add(request.type().getURI());
        List<Facet> facets = new ArrayList<>();
        for (Definition facet : FACETS) {
            if (facet.shownFor().stream().noneMatch(supers::contains) && !request.filters().containsKey(facet.name())) {
                continue;
            }
            Facet f = facet(facet, where.toString(), params, request.filters().get(facet.name()), words);
            if (!f.values().isEmpty()) {
                facets.add(f);
            }
        }
        return new Listing(title(request.type()), total, request.page(), request.size(), listed, facets);
    }

    private List<ListingRow> rows(List<Node> shown, Words words) {
        Rows details = fetch.rows(DETAILS, Map.of(), "x", shown);
        Map<Node, Set<Node>> types = new LinkedHashMap<>();
        Map<Node, Set<Node>> orgs = new LinkedHashMap<>();
        Map<Node, Set<Node>> access = new LinkedHashMap<>();
        Set<Node> named = new HashSet<>(shown);
        for (int i = 0; i < details.size(); i++) {
            Node x = details.get(i, "x");
            add(types, x, details.get(i, "type"), named);
            add(orgs, x, details.get(i, "org"), named);
            add(access, x, details.get(i, "access"), named);
        }
        Map<Node, Period> dates = new Dates(fetch).of(shown);
        words.prefetch(named);
        List<ListingRow> rows = new ArrayList<>();
        for (Node x : shown) {
            String kind = types.getOrDefault(x, Set.of()).stream().map(words::term).sorted().findFirst().orElse("");
            rows.add(new ListingRow(new Span(words.name(x), x), kind, spans(orgs.get(x), words),
                    dates.containsKey(x) ? dates.get(x).words() : "", spans(access.get(x), words)));
        }
        return rows;
    }

    private static void add(Map<Node, Set<Node>> map, Node x, Node value, Set<Node> named) {
        if (value != null) {
            map.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(value);
            named.add(value);
        }
    }

    private static List<Span> spans(Set<Node> nodes, Words words) {
        if (nodes == null) {
            return List.of();
        }
        return nodes.stream().map(n -> new Span(words.name(n), n)).sorted(java.util.Comparator.comparing(Span::text)).toList();
    }

    private Facet facet(Definition facet, String where, Map<String, Node> params, Node selected, Words words) {
        String text = "SELECT ?v (COUNT(DISTINCT ?x) AS ?n) WHERE {\n" + where + facet.values()
                + "\n} GROUP BY ?v ORDER BY " + facet.order();
        Rows rows = fetch.rows(text, params, FACET_VALUES);
        List<Node> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(rows.get(i, "v"));
        }
        words.prefetch(values);
        List<Facet.FacetValue> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Node v = rows.get(i, "v");
            if (v == null) {
                continue;
            }
            boolean isSelected = selected != null && (selected.equals(v)
                    || selected.isLiteral() && v.isLiteral() && selected.getLiteralLexicalForm().equals(v.getLiteralLexicalForm()));
            shown.add(new Facet.FacetValue(v, v.isLiteral() ? v.getLiteralLexicalForm() : words.name(v),
                    Long.parseLong(rows.get(i, "n").getLiteralLexicalForm()), isSelected));
        }
        return new Facet(facet.name(), facet.title(), shown);
    }
}

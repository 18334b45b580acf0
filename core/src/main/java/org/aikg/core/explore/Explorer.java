package org.aikg.core.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.query.Params;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.Sparql;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** Answers the exploring questions with SPARQL over the store, values bound as parameters, never spliced in. */
public final class Explorer {

    private static final String NAME_MATCH = """
            SELECT DISTINCT ?e ?name ?type ?matched WHERE {
              ?e schema:name|schema:alternateName|aikg:formerName ?matched .
              FILTER (CONTAINS(LCASE(STR(?matched)), LCASE(?text)))
              ?e schema:name ?name .
              OPTIONAL { ?e a ?type }
            } ORDER BY (LCASE(?name) != LCASE(?text)) (STRLEN(?name)) ?name ?e ?type""";

    private static final String FACTS = """
            SELECT ?s ?p ?o ?g ?incoming WHERE {
              { GRAPH ?g { ?e ?p ?o } BIND (?e AS ?s) BIND (false AS ?incoming) }
              UNION
              { GRAPH ?g { ?s ?p ?e } BIND (?e AS ?o) BIND (true AS ?incoming) }
            } ORDER BY ?incoming ?p ?g ?o ?s""";

    private final QueryRunner queries;

    public Explorer(QueryRunner queries) {
        this.queries = queries;
    }

    private Rows select(String text, Map<String, Node> params) {
        Query query = Sparql.parseQuery(text);
        return queries.select(query, params, new QueryPolicy(null, 100_000));
    }

    /** Entities whose name, alias or former name contains the text, ignoring case; exact names first. */
    public List<Match> search(String text) {
        if (text.isBlank()) {
            throw new AikgException(Kind.USAGE, "Give some text to search for");
        }
        Rows rows = select(NAME_MATCH, Map.of("text", NodeFactory.createLiteralString(text.strip())));
        Map<String, Match> matches = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String iri = rows.get(i, "e").toString();
            Node type = rows.get(i, "type");
            matches.putIfAbsent(iri, new Match(iri, rows.get(i, "name").getLiteralLexicalForm(),
                    type == null ? "" : shorten(type), rows.get(i, "matched").getLiteralLexicalForm()));
        }
        return List.copyOf(matches.values());
    }

    /** The entity a user means: an IRI, a prefixed name, or a name that matches exactly or as the only candidate. */
    public Node resolve(String reference) {
        String ref = reference.strip();
        if (ref.startsWith("<") || ref.matches("[A-Za-z][\\w.-]*:[^\\s]*") && !ref.contains(" ")
                && Prefixes.standard().getNsPrefixURI(ref.substring(0, ref.indexOf(':'))) != null) {
            return Params.iri("entity", ref, Prefixes.standard());
        }
        if (ref.startsWith("http://") || ref.startsWith("https://")) {
            return Params.iri("entity", ref, Prefixes.standard());
        }
        List<Match> matches = search(ref);
        List<Match> exact = matches.stream().filter(m -> m.name().equalsIgnoreCase(ref) || m.matched().equalsIgnoreCase(ref)).toList();
        List<Match> chosen = exact.isEmpty() ? matches : exact;
        if (chosen.isEmpty()) {
            List<String> close = new org.aikg.core.profile.Profiles(queries).closest(ref, 5).stream()
                    .map(org.aikg.core.profile.Suggestion::name).distinct().toList();
            throw new AikgException(Kind.NOT_FOUND, "Nothing is called '" + ref + "'"
                    + (close.isEmpty() ? ". Try: search " + ref : "; did you mean " + String.join(", ", close) + "?"));
        }
        if (chosen.stream().map(Match::iri).distinct().count() > 1) {
            throw new AikgException(Kind.USAGE, "'" + ref + "' could be " + chosen.stream().limit(5)
                    .map(m -> m.name() + " (" + shorten(NodeFactory.createURI(m.iri())) + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("") + "; be more specific or give the IRI");
        }
        return NodeFactory.createURI(chosen.getFirst().iri());
    }

    /** Every statement with the entity as subject or object, with its graph. */
    public List<Fact> facts(Node entity) {
        Rows rows = select(FACTS, Map.of("e", entity));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            facts.add(new Fact(rows.get(i, "s"), rows.get(i, "p"), rows.get(i, "o"), rows.get(i, "g"),
                    Boolean.parseBoolean(rows.get(i, "incoming").getLiteralLexicalForm())));
        }
        return facts;
    }

    private static final String SOURCES_OF = """
            SELECT ?source ?title ?publisher ?issued (COUNT(*) AS ?statements) WHERE {
              GRAPH ?source { { ?e ?p ?o } UNION { ?s ?p ?e } }
              ?source dcterms:title ?title .
              OPTIONAL { ?source dcterms:publisher/schema:name ?publisher }
              OPTIONAL { ?source dcterms:issued ?issued }
            } GROUP BY ?source ?title ?publisher ?issued ORDER BY STR(?issued) ?source""";

    private static final String CLAIMS_ABOUT = """
            SELECT ?claim ?speaker ?role ?affiliation ?paraphrase ?title WHERE {
              ?claim a aikg:Claim ; schema:about ?e ; aikg:speaker/schema:name ?speaker ;
                     aikg:paraphrase ?paraphrase ; dcterms:source/dcterms:title ?title .
              OPTIONAL { ?claim aikg:speakerRole ?role }
              OPTIONAL { ?claim aikg:speakerAffiliation/schema:name ?affiliation }
            } ORDER BY ?speaker ?claim""";

    /** The described sources with statements about the entity, and how many each has. */
    public Rows sourcesOf(Node entity) {
        return select(SOURCES_OF, Map.of("e", entity));
    }

    /** The claims about the entity: speaker, role, affiliation, paraphrase, source title. */
    public Rows claimsAbout(Node entity) {
        return select(CLAIMS_ABOUT, Map.of("e", entity));
    }

    /** The name of an entity, or its short IRI. */
    public String nameOf(Node entity) {
        Rows rows = select("SELECT ?n { ?e schema:name ?n } LIMIT 1", Map.of("e", entity));
        return rows.size() == 0 ? shorten(entity) : rows.get(0, "n").getLiteralLexicalForm();
    }

    /**
     * The shortest ways two entities are connected, following statements in either direction through named
     * entities (figures and other blank nodes are not hops), up to maxHops; at most a few paths of equal length.
     */
    public List<List<Fact>> paths(Node from, Node to, int maxHops) {
        org.apache.jena.sparql.core.DatasetGraph dsg = queries.store().dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "path needs a local store");
        }
        return queries.store().read(() -> {
            Map<Node, List<List<Fact>>> reached = new LinkedHashMap<>();
            reached.put(from, List.of(List.of()));
            List<Node> frontier = List.of(from);
            java.util.Set<Node> seen = new java.util.HashSet<>(frontier);
            for (int hop = 0; hop < maxHops && !frontier.isEmpty() && !reached.containsKey(to); hop++) {
                Map<Node, List<List<Fact>>> next = new LinkedHashMap<>();
                for (Node node : frontier) {
                    for (Fact step : neighbours(dsg, node)) {
                        Node other = step.incoming() ? step.subject() : step.value();
                        if (!other.isURI() || seen.contains(other) || SKIPPED.contains(step.property().getURI())) {
                            continue;
                        }
                        for (List<Fact> path : reached.get(node)) {
                            List<Fact> extended = new ArrayList<>(path);
                            extended.add(step);
                            List<List<Fact>> ways = next.computeIfAbsent(other, k -> new ArrayList<>());
                            if (ways.size() < 5) {
                                ways.add(extended);
                            }
                        }
                    }
                }
                seen.addAll(next.keySet());
                reached.putAll(next);
                frontier = new ArrayList<>(next.keySet());
            }
            return reached.getOrDefault(to, List.of());
        });
    }

    /** Links that connect everything to everything (types, the source a claim cites) are not hops. */
    private static final java.util.Set<String> SKIPPED = java.util.Set.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://purl.org/dc/terms/source");

    private static List<Fact> neighbours(org.apache.jena.sparql.core.DatasetGraph dsg, Node node) {
        java.util.TreeMap<String, Fact> steps = new java.util.TreeMap<>();
        dsg.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q ->
                steps.putIfAbsent("o " + q.getPredicate() + " " + q.getObject(), new Fact(node, q.getPredicate(), q.getObject(), q.getGraph(), false)));
        dsg.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q ->
                steps.putIfAbsent("s " + q.getPredicate() + " " + q.getSubject(), new Fact(q.getSubject(), q.getPredicate(), node, q.getGraph(), true)));
        return List.copyOf(steps.values());
    }

    /**
     * The parts of a figure (the blank node a fact points to) as the same source states them, without its type:
     * value, unit or currency, qualifier. Empty when the value is not a blank node.
     */
    public List<Fact> partsOf(Fact fact) {
        if (!fact.value().isBlank()) {
            return List.of();
        }
        return facts(fact.value()).stream()
                .filter(part -> !part.incoming() && part.source().equals(fact.source()))
                .filter(part -> !SKIPPED.contains(part.property().getURI()))
                .toList();
    }

    /** Counts of quads, graphs, entities per class and statements per property. */
    public Stats stats() {
        Rows size = select("SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }", Map.of());
        Rows classes = select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c", Map.of());
        Rows properties = select("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p", Map.of());
        return new Stats(number(size, 0, "quads"), number(size, 0, "graphs"), counts(classes, "c"), counts(properties, "p"));
    }

    private static Map<String, Long> counts(Rows rows, String key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            counts.put(shorten(rows.get(i, key)), number(rows, i, "n"));
        }
        return counts;
    }

    private static long number(Rows rows, int row, String column) {
        return Long.parseLong(rows.get(row, column).getLiteralLexicalForm());
    }

    /** An IRI as a prefixed name where a project prefix fits. */
    public static String shorten(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String q = Prefixes.standard().qnameFor(node.getURI());
        return q != null ? q : "<" + node.getURI() + ">";
    }
}

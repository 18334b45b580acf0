package org.aikg.shell.picture.neighbourhood;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/**
 * Reads the neighbourhood of an entity from the store through the core facade: the entities and dated or counted
 * values it is linked to in either direction, its figures, its memberships, and the source of every link; then cuts
 * it to the caps. A hub costs a handful of queries whatever its size.
 */
public final class NeighbourhoodReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long ROW_CAP = 50_000;
    /** Up to this many linked neighbours, one query describes them all; beyond, one query per relation. */
    private static final long ONE_QUERY_UP_TO = 60;

    private static final String SKIPPED = """
            FILTER (?p NOT IN (rdf:type, schema:name, schema:alternateName, aikg:formerName, rdfs:label, rdfs:comment,
                    skos:prefLabel, skos:altLabel, skos:hiddenLabel, skos:definition, schema:description,
                    dcterms:description, dcterms:title, aikg:paraphrase, owl:sameAs))""";

    private static final String LINKED = """
              { GRAPH ?g { ?e ?p ?n } FILTER (!isBlank(?n)) BIND (false AS ?incoming) }
              UNION
              { GRAPH ?g { ?n ?p ?e } FILTER (isIRI(?n)) BIND (true AS ?incoming) }
              FILTER (?n != ?e)
              FILTER (!isLiteral(?n) || (DATATYPE(?n) != xsd:string && DATATYPE(?n) != rdf:langString))
            """ + SKIPPED;

    private static final String DESCRIBED = """
              OPTIONAL { ?n schema:name ?name }
              OPTIONAL { ?n skos:prefLabel|rdfs:label|dcterms:title ?label }
              OPTIONAL { ?n a ?type }
              OPTIONAL { ?n aikg:speaker/schema:name ?speaker OPTIONAL { ?n aikg:paraphrase ?paraphrase } }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    private static final String RELATIONS = """
            SELECT ?incoming ?p ?blank (COUNT(DISTINCT ?n) AS ?count) WHERE {
              { GRAPH ?g { ?e ?p ?n } BIND (false AS ?incoming) }
              UNION
              { GRAPH ?g { ?n ?p ?e } FILTER (!isLiteral(?n)) BIND (true AS ?incoming) }
              FILTER (?n != ?e)
              FILTER (!isLiteral(?n) || (DATATYPE(?n) != xsd:string && DATATYPE(?n) != rdf:langString))
              BIND (isBlank(?n) AS ?blank)
            """ + SKIPPED + """
            } GROUP BY ?incoming ?p ?blank""";

    private static final String ALL_LINKED = "SELECT ?incoming ?p ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase"
            + " WHERE {\n" + LINKED + "\n" + DESCRIBED;

    private static final String FIRST_OUT = """
            SELECT ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase WHERE {
              { SELECT DISTINCT ?n WHERE { GRAPH ?h { ?e ?p ?n } FILTER (!isBlank(?n)) } ORDER BY ?n LIMIT %d }
              GRAPH ?g { ?e ?p ?n }
            """ + DESCRIBED;

    private static final String FIRST_IN = """
            SELECT ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase WHERE {
              { SELECT DISTINCT ?n WHERE { GRAPH ?h { ?n ?p ?e } FILTER (isIRI(?n)) } ORDER BY ?n LIMIT %d }
              GRAPH ?g { ?n ?p ?e }
            """ + DESCRIBED;

    private static final String OWN_BLANKS = """
            SELECT ?p ?b ?g ?title ?part ?v WHERE {
              GRAPH ?g { ?e ?p ?b FILTER (isBlank(?b)) ?b ?part ?v }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    private static final String FIGURES_POINTING_HERE = """
            SELECT ?p (COUNT(DISTINCT ?b) AS ?count) WHERE {
              GRAPH ?g { ?b ?p ?e FILTER (isBlank(?b)) FILTER EXISTS { ?b qudt:numericValue|schema:value ?v } }
            } GROUP BY ?p""";

    private static final String STRUCTURES_POINTING_HERE = """
            SELECT ?p ?b ?g ?title ?q ?x ?name ?type WHERE {
              GRAPH ?g { ?b ?p ?e FILTER (isBlank(?b)) FILTER NOT EXISTS { ?b qudt:numericValue|schema:value ?v }
                         ?b ?q ?x FILTER (?x != ?e && ?q != rdf:type && (isIRI(?x) || ?q = schema:roleName)) }
              OPTIONAL { ?x schema:name ?name }
              OPTIONAL { ?x a ?type }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    private static final String CENTRE = """
            SELECT ?name ?label ?type WHERE {
              OPTIONAL { ?e schema:name ?name }
              OPTIONAL { ?e skos:prefLabel|rdfs:label|dcterms:title ?label }
              OPTIONAL { ?e a ?type }
            }""";

    private static final String LABELS = "SELECT ?t ?label WHERE { GRAPH ?o { ?t rdfs:label|skos:prefLabel ?label } }";
    private static final String HIERARCHY = """
            SELECT ?t ?super WHERE { GRAPH ?o { ?t rdfs:subClassOf|rdfs:subPropertyOf ?super } }""";

    private static final Set<String> MEMBER_LINKS = Set.of(Vocabulary.ORG + "member", Vocabulary.SCHEMA + "member");

    private final KnowledgeGraph graph;
    private Vocabulary vocabulary;

    /** A reader over the graph; it reads the ontology's words and hierarchy once, on first use. */
    public NeighbourhoodReader(KnowledgeGraph graph) {
        this.graph = graph;
    }

    /** The neighbourhood of the entity, cut to the caps. */
    public Neighbourhood read(Node entity, Caps caps) {
        if (entity == null || !entity.isURI()) {
            throw new AikgException(Kind.USAGE, "A picture needs an entity IRI, not " + entity);
        }
        Map<String, String> around = Map.of("e", "<" + entity.getURI() + ">");
        Vocabulary vocabulary = vocabulary();
        Collected collected = new Collected(vocabulary);
        Vertex centre = centre(entity, around, vocabulary);
        Rows relations = select(RELATIONS, around);
        readLinked(entity, around, relations, caps, collected);
        if (hasBlanks(relations, false)) {
            readOwnBlanks(around, collected);
        }
        if (hasBlanks(relations, true)) {
            readStructures(around, collected);
            Rows figures = select(FIGURES_POINTING_HERE, around);
            for (int i = 0; i < figures.size(); i++) {
                String p = figures.get(i, "p").getURI();
                collected.cut(new Relation(vocabulary.relationLabel(p), vocabulary.relationKind(p), true),
                        number(figures, i, "count"));
            }
        }
        return caps.apply(centre, collected.vertices(), collected.links(), collected.cuts, collected.sources());
    }

    private synchronized Vocabulary vocabulary() {
        if (vocabulary == null) {
            Map<String, String> ontology = Map.of("o", "<" + AIKG.ONTOLOGY + ">");
            vocabulary = Vocabulary.of(select(LABELS, ontology), select(HIERARCHY, ontology));
        }
        return vocabulary;
    }

    private Vertex centre(Node entity, Map<String, String> around, Vocabulary vocabulary) {
        Rows rows = select(CENTRE, around);
        Names names = new Names();
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows, i);
        }
        return new Vertex(entity.getURI(), names.label(entity), vocabulary.nodeKind(names.types),
                vocabulary.typeLabel(names.types));
    }

    private static boolean hasBlanks(Rows relations, boolean incoming) {
        for (int i = 0; i < relations.size(); i++) {
            if (bool(relations.get(i, "blank")) && bool(relations.get(i, "incoming")) == incoming) {
                return true;
            }
        }
        return false;
    }

    private void readLinked(Node entity, Map<String, String> around, Rows all, Caps caps, Collected collected) {
        List<Integer> relations = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            if (!bool(all.get(i, "blank"))) {
                relations.add(i);
                total += number(all, i, "count");
            }
        }
        Map<List<Object>, Set<String>> fetched = new LinkedHashMap<>();
        if (total <= ONE_QUERY_UP_TO) {
            addLinked(select(ALL_LINKED, around), null, null, collected, fetched);
        } else {
            for (int i : relations) {
                boolean incoming = bool(all.get(i, "incoming"));
                Node p = all.get(i, "p");
                Map<String, String> params = Map.of("e", "<" + entity.getURI() + ">", "p", "<" + p.getURI() + ">");
                String text = String.format(java.util.Locale.ROOT, incoming ? FIRST_IN : FIRST_OUT, caps.perRelation());
                addLinked(select(text, params), incoming, p.getURI(), collected, fetched);
            }
        }
        for (int i : relations) {
            boolean incoming = bool(all.get(i, "incoming"));
            String p = all.get(i, "p").getURI();
            List<Map.Entry<List<Object>, Set<String>>> seen = fetched.entrySet().stream()
                    .filter(f -> f.getKey().get(0).equals(incoming) && f.getKey().get(1).equals(p)).toList();
            long more = number(all, i, "count") - seen.stream().mapToLong(f -> f.getValue().size()).sum();
            if (more > 0) {
                collected.cut(seen.isEmpty() ? new Relation(collected.vocabulary.relationLabel(p),
                        collected.vocabulary.relationKind(p), incoming) : (Relation) seen.getFirst().getKey().get(2), more);
            }
        }
    }

    /** Adds described neighbours; direction and property come from the rows or, for one relation, are given. */
    private static void addLinked(Rows rows, Boolean givenIncoming, String givenProperty, Collected collected,
            Map<List<Object>, Set<String>> fetched) {
        Map<String, Names> names = new LinkedHashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Node n = rows.get(i, "n");
            String id = Vertices.id(n);
            nodes.putIfAbsent(id, n);
            names.computeIfAbsent(id, k -> new Names()).add(rows, i);
        }
        Map<String, Vertex> vertices = new HashMap<>();
        names.forEach((id, info) -> vertices.put(id, collected.vertexFor(nodes.get(id), info)));
        for (int i = 0; i < rows.size(); i++) {
            boolean incoming = givenIncoming != null ? givenIncoming : bool(rows.get(i, "incoming"));
            String p = givenProperty != null ? givenProperty : rows.get(i, "p").getURI();
            Vertex neighbour = vertices.get(Vertices.id(rows.get(i, "n")));
            RelationKind kind = neighbour.kind() == NodeKind.VALUE ? RelationKind.VALUE
                    : collected.vocabulary.relationKind(p);
            Relation relation = new Relation(collected.vocabulary.relationLabel(p), kind, incoming);
            collected.link(neighbour, relation, rows.get(i, "g"), rows.get(i, "title"));
            fetched.computeIfAbsent(List.of(incoming, p, relation), k -> new TreeSet<>()).add(neighbour.id());
        }
    }

    private static boolean bool(Node literal) {
        return Boolean.parseBoolean(literal.getLiteralLexicalForm());
    }

    private void readOwnBlanks(Map<String, String> around, Collected collected) {
        Rows rows = select(OWN_BLANKS, around);
        Map<Node, Blank> blanks = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Node b = rows.get(i, "b");
            Blank blank = blanks.computeIfAbsent(b, k -> new Blank());
            blank.property = rows.get(i, "p").getURI();
            blank.sources.put(rows.get(i, "g"), rows.get(i, "title"));
            blank.parts.computeIfAbsent(rows.get(i, "part").getURI(), k -> new TreeSet<>(Vertices.NODE_ORDER))
                    .add(rows.get(i, "v"));
        }
        for (Blank blank : blanks.values()) {
            Vertex vertex = Vertices.blank(blank.property, blank.parts, collected.vocabulary);
            RelationKind kind = vertex.kind() == NodeKind.FIGURE ? RelationKind.FIGURE
                    : collected.vocabulary.relationKind(blank.property);
            collected.vertices.putIfAbsent(vertex.id(), vertex);
            blank.sources.forEach((g, title) -> collected.link(vertex,
                    new Relation(collected.vocabulary.relationLabel(blank.property), kind, false), g, title));
        }
    }

    private void readStructures(Map<String, String> around, Collected collected) {
        Rows rows = select(STRUCTURES_POINTING_HERE, around);
        Map<Node, Structure> structures = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Structure s = structures.computeIfAbsent(rows.get(i, "b"), k -> new Structure());
            s.sources.put(rows.get(i, "g"), rows.get(i, "title"));
            String q = rows.get(i, "q").getURI();
            Node x = rows.get(i, "x");
            if (x.isLiteral()) {
                s.roles.add(x.getLiteralLexicalForm());
            } else {
                s.ends.computeIfAbsent(Vertices.id(x), k -> new End(x, q, new Names())).names().add(rows, i);
            }
        }
        for (Structure s : structures.values()) {
            for (End end : s.ends.values()) {
                Vertex vertex = collected.vertexFor(end.node(), end.names());
                boolean incoming = MEMBER_LINKS.contains(end.property());
                String label = !s.roles.isEmpty() ? String.join(", ", s.roles)
                        : incoming ? "member" : "member of";
                Relation relation = new Relation(label, RelationKind.PART, incoming);
                s.sources.forEach((g, title) -> collected.link(vertex, relation, g, title));
            }
        }
    }

    private Rows select(String text, Map<String, String> params) {
        return graph.select(new QueryRequest(text, params, TIMEOUT, ROW_CAP));
    }

    private static long number(Rows rows, int row, String column) {
        return Long.parseLong(rows.get(row, column).getLiteralLexicalForm());
    }

    /** The parts of one blank node the entity points to, as one source states them. */
    private static final class Blank {
        String property;
        final Map<Node, Node> sources = new TreeMap<>(Vertices.NODE_ORDER);
        final Map<String, Set<Node>> parts = new TreeMap<>();
    }

    /** A blank node that points to the entity, such as a membership: its roles and the entities at its other ends. */
    private static final class Structure {
        final Map<Node, Node> sources = new TreeMap<>(Vertices.NODE_ORDER);
        final Set<String> roles = new TreeSet<>();
        final Map<String, End> ends = new TreeMap<>();
    }

    /** An entity at the other end of a structure, reached by a property. */
    private record End(Node node, String property, Names names) {}

    /** The names and types seen for one node over several rows. */
    static final class Names {
        final Set<String> names = new TreeSet<>();
        final Set<String> labels = new TreeSet<>();
        final Set<String> speakers = new TreeSet<>();
        final Set<String> paraphrases = new TreeSet<>();
        final Set<String> types = new TreeSet<>();

        void add(Rows rows, int i) {
            addText(names, rows, i, "name");
            addText(labels, rows, i, "label");
            addText(speakers, rows, i, "speaker");
            addText(paraphrases, rows, i, "paraphrase");
            if (rows.columns().contains("type") && rows.get(i, "type") != null && rows.get(i, "type").isURI()) {
                types.add(rows.get(i, "type").getURI());
            }
        }

        private static void addText(Set<String> into, Rows rows, int i, String column) {
            if (rows.columns().contains(column) && rows.get(i, column) != null && rows.get(i, column).isLiteral()) {
                into.add(rows.get(i, column).getLiteralLexicalForm());
            }
        }

        String label(Node node) {
            if (!names.isEmpty()) {
                return names.iterator().next();
            }
            if (!labels.isEmpty()) {
                return labels.iterator().next();
            }
            if (!speakers.isEmpty()) {
                String who = String.join(" and ", speakers);
                return paraphrases.isEmpty() ? "claim by " + who : who + ": " + paraphrases.iterator().next();
            }
            return Vertices.readable(node);
        }
    }

    /** What the queries found: vertices by id, links with their sources merged, cut counts and source titles. */
    private static final class Collected {
        final Vocabulary vocabulary;
        final Map<String, Vertex> vertices = new TreeMap<>();
        final Map<Link, Set<String>> links = new LinkedHashMap<>();
        final Map<Relation, Long> cuts = new TreeMap<>();
        final Map<String, String> titles = new TreeMap<>();

        Collected(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        Vertex vertexFor(Node node, Names names) {
            Vertex vertex = node.isLiteral()
                    ? new Vertex(Vertices.id(node), Vertices.literal(node), NodeKind.VALUE, "")
                    : new Vertex(Vertices.id(node), names.label(node), vocabulary.nodeKind(names.types),
                            vocabulary.typeLabel(names.types));
            vertices.putIfAbsent(vertex.id(), vertex);
            return vertices.get(vertex.id());
        }

        void link(Vertex neighbour, Relation relation, Node source, Node title) {
            String id = source.isURI() ? source.getURI() : source.toString();
            titles.putIfAbsent(id, title != null && title.isLiteral() ? title.getLiteralLexicalForm()
                    : Vertices.readable(source));
            links.computeIfAbsent(new Link(neighbour.id(), relation, List.of()), k -> new TreeSet<>()).add(id);
        }

        void cut(Relation relation, long more) {
            cuts.merge(relation, more, Long::sum);
        }

        List<Vertex> vertices() {
            return List.copyOf(vertices.values());
        }

        List<Link> links() {
            List<Link> all = new ArrayList<>();
            links.forEach((link, sources) -> all.add(new Link(link.neighbour(), link.relation(), List.copyOf(sources))));
            return all;
        }

        List<Source> sources() {
            return titles.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
        }
    }
}

package org.aikg.shell.picture.neighbourhood;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /**
     * Up to this many blank nodes pointing at the entity, memberships among them are drawn and figures counted;
     * beyond (a unit or a qualifier that thousands of figures use), they are only counted.
     */
    private static final long STRUCTURES_UP_TO = 200;

    private static final Set<String> MEMBER_LINKS = Set.of(Vocabulary.ORG + "member", Vocabulary.SCHEMA + "member");

    private final KnowledgeGraph graph;
    private Vocabulary cachedVocabulary;

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
        Gathering gathering = new Gathering(vocabulary);
        Vertex centre = centre(entity, around, vocabulary);
        Rows relations = select(NeighbourhoodQueries.RELATIONS, around);
        readLinked(entity, around, relations, caps, gathering);
        if (blanks(relations, false) > 0) {
            readOwnBlanks(around, gathering);
        }
        long pointingHere = blanks(relations, true);
        if (pointingHere > 0 && pointingHere <= STRUCTURES_UP_TO) {
            readStructures(around, gathering);
            Rows figures = select(NeighbourhoodQueries.FIGURES_POINTING_HERE, around);
            for (int i = 0; i < figures.size(); i++) {
                cutPointingHere(figures.get(i, "p").getURI(), number(figures, i, "count"), gathering);
            }
        } else if (pointingHere > 0) {
            for (int i = 0; i < relations.size(); i++) {
                if (bool(relations.get(i, "blank")) && bool(relations.get(i, "incoming"))) {
                    cutPointingHere(relations.get(i, "p").getURI(), number(relations, i, "count"), gathering);
                }
            }
        }
        return caps.apply(centre, gathering.vertices(), gathering.links(), gathering.cuts, gathering.sources());
    }

    private synchronized Vocabulary vocabulary() {
        if (cachedVocabulary == null) {
            Map<String, String> ontology = Map.of("o", "<" + AIKG.ONTOLOGY + ">");
            cachedVocabulary = Vocabulary.of(select(NeighbourhoodQueries.LABELS, ontology),
                    select(NeighbourhoodQueries.HIERARCHY, ontology));
        }
        return cachedVocabulary;
    }

    private Vertex centre(Node entity, Map<String, String> around, Vocabulary vocabulary) {
        Rows rows = select(NeighbourhoodQueries.CENTRE, around);
        NameSet names = new NameSet();
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows, i);
        }
        return new Vertex(entity.getURI(), names.label(entity), vocabulary.nodeKind(names.types),
                vocabulary.typeLabel(names.types));
    }

    /** How many blank nodes the entity points to, or that point to it. */
    private static long blanks(Rows relations, boolean incoming) {
        long count = 0;
        for (int i = 0; i < relations.size(); i++) {
            if (bool(relations.get(i, "blank")) && bool(relations.get(i, "incoming")) == incoming) {
                count += number(relations, i, "count");
            }
        }
        return count;
    }

    private static void cutPointingHere(String property, long count, Gathering gathering) {
        gathering.cut(new Relation(gathering.vocabulary.relationLabel(property),
                gathering.vocabulary.relationKind(property), true), count);
    }

    private void readLinked(Node entity, Map<String, String> around, Rows all, Caps caps, Gathering gathering) {
        List<Integer> relations = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            if (!bool(all.get(i, "blank"))) {
                relations.add(i);
                total += number(all, i, "count");
            }
        }
        Map<Fetched, Map<Relation, Set<String>>> fetched = new LinkedHashMap<>();
        if (total <= ONE_QUERY_UP_TO) {
            addLinked(select(NeighbourhoodQueries.ALL_LINKED, around), null, gathering, fetched);
        } else {
            for (int i : relations) {
                Fetched key = new Fetched(bool(all.get(i, "incoming")), all.get(i, "p").getURI());
                boolean byText = key.property().contains("#");
                Map<String, String> params = Map.of("e", "<" + entity.getURI() + ">",
                        byText ? "ps" : "p", byText ? key.property() : "<" + key.property() + ">");
                String text = String.format(Locale.ROOT, key.incoming() ? NeighbourhoodQueries.FIRST_IN
                        : NeighbourhoodQueries.FIRST_OUT, caps.perRelation(),
                        byText ? NeighbourhoodQueries.PROPERTY_BY_TEXT : "");
                addLinked(select(text, params), key, gathering, fetched);
            }
        }
        for (int i : relations) {
            Fetched key = new Fetched(bool(all.get(i, "incoming")), all.get(i, "p").getURI());
            Map<Relation, Set<String>> seen = fetched.getOrDefault(key, Map.of());
            long more = number(all, i, "count") - seen.values().stream().mapToLong(Set::size).sum();
            if (more > 0) {
                Relation relation = seen.isEmpty() ? new Relation(gathering.vocabulary.relationLabel(key.property()),
                        gathering.vocabulary.relationKind(key.property()), key.incoming()) : seen.keySet().iterator().next();
                gathering.cut(relation, more);
            }
        }
    }

    /** Adds described neighbours; direction and property come from the rows, or from the key for one relation. */
    private static void addLinked(Rows rows, Fetched given, Gathering gathering,
            Map<Fetched, Map<Relation, Set<String>>> fetched) {
        Map<String, NameSet> names = new LinkedHashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Node n = rows.get(i, "n");
            String id = Vertices.id(n);
            nodes.putIfAbsent(id, n);
            names.computeIfAbsent(id, k -> new NameSet()).add(rows, i);
        }
        Map<String, Vertex> vertices = new HashMap<>();
        names.forEach((id, info) -> vertices.put(id, gathering.vertexFor(nodes.get(id), info)));
        for (int i = 0; i < rows.size(); i++) {
            Fetched key = given != null ? given
                    : new Fetched(bool(rows.get(i, "incoming")), rows.get(i, "p").getURI());
            Vertex neighbour = vertices.get(Vertices.id(rows.get(i, "n")));
            RelationKind kind = neighbour.kind() == NodeKind.VALUE ? RelationKind.VALUE
                    : gathering.vocabulary.relationKind(key.property());
            Relation relation = new Relation(gathering.vocabulary.relationLabel(key.property()), kind, key.incoming());
            gathering.link(neighbour, relation, rows.get(i, "g"), rows.get(i, "title"));
            fetched.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(relation, r -> new TreeSet<>())
                    .add(neighbour.id());
        }
    }

    private static boolean bool(Node literal) {
        return Boolean.parseBoolean(literal.getLiteralLexicalForm());
    }

    private void readOwnBlanks(Map<String, String> around, Gathering gathering) {
        Rows rows = select(NeighbourhoodQueries.OWN_BLANKS, around);
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
            Vertex vertex = Vertices.blank(blank.property, blank.parts, gathering.vocabulary);
            RelationKind kind = vertex.kind() == NodeKind.FIGURE ? RelationKind.FIGURE
                    : gathering.vocabulary.relationKind(blank.property);
            gathering.vertices.putIfAbsent(vertex.id(), vertex);
            blank.sources.forEach((g, title) -> gathering.link(vertex,
                    new Relation(gathering.vocabulary.relationLabel(blank.property), kind, false), g, title));
        }
    }

    private void readStructures(Map<String, String> around, Gathering gathering) {
        Rows rows = select(NeighbourhoodQueries.STRUCTURES_POINTING_HERE, around);
        Map<Node, Structure> structures = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Structure s = structures.computeIfAbsent(rows.get(i, "b"), k -> new Structure());
            s.sources.put(rows.get(i, "g"), rows.get(i, "title"));
            String q = rows.get(i, "q").getURI();
            Node x = rows.get(i, "x");
            if (x.isLiteral()) {
                s.roles.add(x.getLiteralLexicalForm());
            } else {
                s.ends.computeIfAbsent(Vertices.id(x), k -> new End(x, q, new NameSet())).names().add(rows, i);
            }
        }
        for (Structure s : structures.values()) {
            for (End end : s.ends.values()) {
                Vertex vertex = gathering.vertexFor(end.node(), end.names());
                boolean incoming = MEMBER_LINKS.contains(end.property());
                String label = !s.roles.isEmpty() ? String.join(", ", s.roles)
                        : incoming ? "member" : "member of";
                Relation relation = new Relation(label, RelationKind.PART, incoming);
                s.sources.forEach((g, title) -> gathering.link(vertex, relation, g, title));
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

    /** A property of the entity in one direction, as the relation counts name it. */
    private record Fetched(boolean incoming, String property) {}

    /** An entity at the other end of a structure, reached by a property. */
    private record End(Node node, String property, NameSet names) {}
}

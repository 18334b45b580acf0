package org.aikg.core.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The entity registry as reconciliation sees it: for each kind, which entities carry a name (schema:name or
 * schema:alternateName); read from the store's graph:entities and the registry triples a mapping imports.
 */
final class Registry {

    static final Node ENTITIES = NodeFactory.createURI(AIKG.GRAPH + "entities");
    static final Node NAME = NodeFactory.createURI("https://schema.org/name");
    static final Node ALTERNATE_NAME = NodeFactory.createURI("https://schema.org/alternateName");

    private static Map<Node, Set<Node>> superclasses;

    private final Map<Kind, Map<String, Set<Node>>> byName = new EnumMap<>(Kind.class);
    private final Set<Node> entities = new HashSet<>();

    private Registry(Collection<Triple> triples) {
        Map<Node, Set<Node>> types = new HashMap<>();
        Map<Node, Set<String>> names = new HashMap<>();
        for (Triple t : triples) {
            entities.add(t.getSubject());
            if (t.getPredicate().equals(RDF.type.asNode())) {
                types.computeIfAbsent(t.getSubject(), s -> new HashSet<>()).add(t.getObject());
            } else if (t.getObject().isLiteral() && (t.getPredicate().equals(NAME) || t.getPredicate().equals(ALTERNATE_NAME))) {
                names.computeIfAbsent(t.getSubject(), s -> new LinkedHashSet<>()).add(t.getObject().getLiteralLexicalForm());
            }
        }
        names.forEach((entity, its) -> {
            for (Kind kind : kindsOf(types.getOrDefault(entity, Set.of()))) {
                for (String name : its) {
                    byName.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(name, n -> new LinkedHashSet<>()).add(entity);
                }
            }
        });
    }

    /** The registry of the store's graph:entities together with the graph:entities quads a mapping imports. */
    static Registry load(Store store, List<Quad> included) {
        List<Triple> triples = new java.util.ArrayList<>();
        for (Quad q : included) {
            if (q.getGraph().equals(ENTITIES)) {
                triples.add(q.asTriple());
            }
        }
        String query = "SELECT ?s ?p ?o { GRAPH <" + ENTITIES.getURI() + "> { ?s ?p ?o } "
                + "VALUES ?p { <" + RDF.type.getURI() + "> <" + NAME.getURI() + "> <" + ALTERNATE_NAME.getURI() + "> } }";
        store.read(() -> {
            try (var exec = store.queryBuilder().query(query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> triples.add(Triple.create(b.get("s"), b.get("p"), b.get("o"))));
            }
            return null;
        });
        return new Registry(triples);
    }

    /** A registry of the given triples, as if they were graph:entities. */
    static Registry of(Graph entities) {
        return new Registry(entities.find().toList());
    }

    /** The entities of this kind that have the name or alias, exactly. */
    Set<Node> find(Kind kind, String name) {
        return byName.getOrDefault(kind, Map.of()).getOrDefault(name, Set.of());
    }

    /** Whether the IRI is an entity of the registry, whatever its kind. */
    boolean contains(Node iri) {
        return entities.contains(iri);
    }

    /** The kinds the types make a thing: its classes and their superclasses in the aikg ontology. */
    static Set<Kind> kindsOf(Collection<Node> types) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Node type : types) {
            Set<Node> all = superclassesOf(type);
            for (Kind kind : Kind.values()) {
                if (all.contains(kind.type())) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }

    private static Set<Node> superclassesOf(Node type) {
        Map<Node, Set<Node>> direct = superclasses();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static synchronized Map<Node, Set<Node>> superclasses() {
        if (superclasses == null) {
            Graph ontology = GraphFactory.createDefaultGraph();
            try (InputStream in = Registry.class.getClassLoader().getResourceAsStream(OntologyFiles.ONTOLOGY)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
            } catch (IOException | RuntimeException e) {
                throw new AikgException(AikgException.Kind.STORE, "Cannot read the ontology: " + e.getMessage(), e);
            }
            Map<Node, Set<Node>> map = new HashMap<>();
            ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
                    .forEachRemaining(t -> map.computeIfAbsent(t.getSubject(), s -> new HashSet<>()).add(t.getObject()));
            superclasses = map;
        }
        return superclasses;
    }
}

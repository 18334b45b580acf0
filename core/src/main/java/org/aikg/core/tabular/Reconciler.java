package org.aikg.core.tabular;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Names to entities for one import: a name is a registry entity when it equals one of its names or aliases exactly and
 * the kinds agree; any other name gets a minted IRI, id: plus its slug, then the kind, then a number when that IRI is
 * already another thing's. The same name and kind always get the same IRI; two names never share one.
 */
final class Reconciler {

    /** What the store already says about an IRI: its names and kinds; null when the store does not know it. */
    interface Lookup {
        Known find(Node iri);
    }

    /** The names and kinds of something the store holds. */
    record Known(Set<String> names, Set<Kind> kinds) {}

    private record Key(Kind kind, String name) {}

    private final Registry registry;
    private final Lookup store;
    private final Map<Key, Node> assigned = new HashMap<>();
    private final Map<Node, Key> claimed = new HashMap<>();
    private final Set<Node> minted = new HashSet<>();

    Reconciler(Registry registry, Lookup store) {
        this.registry = registry;
        this.store = store;
    }

    /** The entity of this kind called this name: a registry entity, or a minted IRI. */
    Node entity(Kind kind, String name) {
        Key key = new Key(kind, name);
        Node known = assigned.get(key);
        if (known != null) {
            return known;
        }
        Set<Node> matches = registry.find(kind, name);
        if (matches.size() > 1) {
            throw new RowError("the entity registry has several " + kind.word() + " entities named " + CellType.quoted(name) + ": "
                    + matches.stream().map(Node::getURI).sorted().collect(Collectors.joining(", ")), name);
        }
        Node entity = matches.isEmpty() ? mint(key) : matches.iterator().next();
        assigned.put(key, entity);
        claimed.putIfAbsent(entity, key);
        return entity;
    }

    /** Whether the IRI is one this import minted (or found minted by an earlier import), not a registry entity. */
    boolean minted(Node iri) {
        return minted.contains(iri);
    }

    private Node mint(Key key) {
        String slug = Slugs.slug(key.name());
        String base = slug.isEmpty() ? key.kind().word() : slug;
        for (int n = 0; ; n++) {
            String local = switch (n) {
                case 0 -> base;
                case 1 -> base + "-" + key.kind().word();
                default -> base + "-" + key.kind().word() + "-" + n;
            };
            Node iri = NodeFactory.createURI(AIKG.ID + local);
            if (free(iri, key)) {
                minted.add(iri);
                return iri;
            }
        }
    }

    /** Whether the IRI can stand for this name: nobody claimed it, or the store holds it as this very thing. */
    private boolean free(Node iri, Key key) {
        if (claimed.containsKey(iri) || registry.contains(iri)) {
            return false;
        }
        Known stored = store.find(iri);
        return stored == null || stored.names().contains(key.name()) && stored.kinds().contains(key.kind());
    }
}

package org.aikg.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Checks data against the aikg shapes one graph at a time, so that sources may disagree: each graph is checked with
 * the context every graph relies on (the ontology, the entity registry and the source catalogue) and with what the
 * store already holds in that same graph, but never with what other sources say.
 */
public final class Validator {

    /** The graphs every other graph may rely on when it is checked. */
    static final List<Node> CONTEXT_GRAPHS = List.of(NodeFactory.createURI(AIKG.ONTOLOGY),
            NodeFactory.createURI(AIKG.GRAPH + "entities"), NodeFactory.createURI(AIKG.GRAPH + "sources"));

    /**
     * Of a context graph with more triples than this, and more than the import brings, only what the import can reach
     * is copied for its validation.
     */
    static final int COPY_LIMIT = 20_000;
    /** How deep the blank nodes under a copied description are followed. */
    private static final int BLANK_DEPTH = 32;

    private final Store store;
    private final int copyLimit;
    private GraphValidation validation;

    public Validator(Store store) {
        this(store, COPY_LIMIT);
    }

    /** A validator that copies only what an import can reach from context graphs larger than {@code copyLimit}. */
    Validator(Store store, int copyLimit) {
        this.store = store;
        this.copyLimit = copyLimit;
    }

    private GraphValidation validation() {
        if (validation == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(OntologyFiles.SHAPES)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read the shapes: " + e.getMessage(), e);
            }
            validation = new GraphValidation(g);
        }
        return validation;
    }

    /**
     * Validates the store graph by graph, each copied into memory in turn with the context; returns the violations, one
     * line each prefixed with the graph, empty when the store conforms.
     */
    public List<String> validateStore() {
        DatasetGraph dsg = store.dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "Validation runs on local stores only; a remote endpoint validates its own data");
        }
        return store.read(() -> {
            Graph context = context(dsg, Map.of(), null, copyLimit);
            List<String> lines = new ArrayList<>();
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(Comparator.comparing(Node::toString));
            for (Node name : names) {
                Graph graph = GraphFactory.createDefaultGraph();
                dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
                for (ReportEntry entry : validation().violations(graph, new Overlay(graph, context))) {
                    lines.add(line(name, entry));
                }
            }
            return lines.stream().sorted().toList();
        });
    }

    /**
     * Fails with the first violation in words when any staged graph does not conform. Each graph is checked on its own
     * with the context graphs (the store's, and any the import itself brings) and its neighbourhood: what the store
     * already holds in that graph about the staged subjects. Call inside a read transaction of a local store.
     */
    void requireValid(Staging staging, Map<Node, Graph> neighbourhoods, String what) {
        long start = System.nanoTime();
        Graph context = context(store.dataset(), staging.graphs(), neighbourhoods, copyLimit);
        GraphValidation validation = validation();
        Importer.timing("context graphs and shapes read in %d ms", (System.nanoTime() - start) / 1_000_000);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Node, Graph> staged : staging.graphs().entrySet()) {
            Graph near = neighbourhoods.get(staged.getKey());
            Graph data = new Overlay(staged.getValue(), near == null || near.isEmpty() ? context : new Overlay(near, context));
            for (ReportEntry entry : validation.violations(staged.getValue(), data)) {
                problems.add(line(staged.getKey(), entry));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
            throw new AikgException(Kind.INVALID, what + " does not conform to the aikg shapes: " + problems.getFirst() + more);
        }
    }

    /**
     * The context graphs of the store (null for none), in memory, with those of the staged data: every graph's
     * validation reads them many times. One that is small, or no larger than the import, is copied whole. Of a larger
     * one (a store of a million triples has an entity registry of a hundred thousand) only what the check can reach is
     * copied: the descriptions of the
     * things the import mentions, and of the things those descriptions point to. The shapes look no further than that
     * (a value's class, or the scheme of a concept; every path is a single property, never inverse). The ontology,
     * where classes find their superclasses at any depth, is always copied whole, and so is every context graph when
     * there are no neighbourhoods (checking a whole store).
     */
    private static Graph context(DatasetGraph dsg, Map<Node, Graph> staged, Map<Node, Graph> neighbourhoods, int copyLimit) {
        Graph copied = GraphFactory.createDefaultGraph();
        long wholeUpTo = Math.max(copyLimit, staged.values().stream().mapToLong(Graph::size).sum());
        Set<Node> mentioned = null;
        for (Node name : CONTEXT_GRAPHS) {
            if (dsg == null) {
                continue;
            }
            Graph stored = dsg.getGraph(name);
            if (neighbourhoods == null || name.getURI().equals(AIKG.ONTOLOGY) || stored.size() <= wholeUpTo) {
                stored.find().forEachRemaining(copied::add);
                continue;
            }
            if (mentioned == null) {
                mentioned = mentioned(staged.values(), neighbourhoods.values());
            }
            Set<Node> pointedTo = new HashSet<>();
            for (Node node : mentioned) {
                describe(stored, node, copied, pointedTo, 0);
            }
            for (Node node : pointedTo) {
                if (!mentioned.contains(node)) {
                    describe(stored, node, copied, new HashSet<>(), 0);
                }
            }
        }
        Graph all = copied;
        for (Node name : CONTEXT_GRAPHS) {
            if (staged.containsKey(name)) {
                all = new Overlay(all, staged.get(name));
            }
        }
        return all;
    }

    /** The IRIs the graphs use as subject or object. */
    private static Set<Node> mentioned(Collection<Graph> staged, Collection<Graph> near) {
        Set<Node> nodes = new HashSet<>();
        for (Collection<Graph> graphs : List.of(staged, near)) {
            for (Graph g : graphs) {
                g.find().forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        nodes.add(t.getSubject());
                    }
                    if (t.getObject().isURI()) {
                        nodes.add(t.getObject());
                    }
                });
            }
        }
        return nodes;
    }

    /**
     * Copies what the stored graph says about a node, with the blank nodes under it (each once, so that a cycle of
     * blank nodes ends); collects the IRIs it points to.
     */
    private static void describe(Graph stored, Node node, Graph into, Set<Node> pointedTo, int depth) {
        ExtendedIterator<Triple> found = stored.find(node, Node.ANY, Node.ANY);
        while (found.hasNext()) {
            Triple t = found.next();
            into.add(t);
            Node object = t.getObject();
            if (object.isURI()) {
                pointedTo.add(object);
            } else if (object.isBlank() && depth < BLANK_DEPTH && !into.contains(object, Node.ANY, Node.ANY)) {
                describe(stored, object, into, pointedTo, depth + 1);
            }
        }
    }

    private static String line(Node graph, ReportEntry entry) {
        String focus = FmtUtils.stringForNode(entry.focusNode(), Prefixes.standard());
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new Prologue(Prefixes.standard()));
        return "[" + FmtUtils.stringForNode(graph, Prefixes.standard()) + "] " + focus + path + ": " + entry.message();
    }
}

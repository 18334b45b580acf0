package org.aikg.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks data against the aikg shapes one graph at a time, so that sources may disagree: each graph is checked with
 * the context every graph relies on (the ontology, the entity registry and the source catalogue) and with what the
 * store already holds in that same graph, but never with what other sources say.
 */
public final class Validator {

    /** The graphs every other graph may rely on when it is checked. */
    static final List<Node> CONTEXT_GRAPHS = List.of(NodeFactory.createURI(AIKG.ONTOLOGY),
            NodeFactory.createURI(AIKG.GRAPH + "entities"), NodeFactory.createURI(AIKG.GRAPH + "sources"));

    private final Store store;
    private GraphValidation validation;

    public Validator(Store store) {
        this.store = store;
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
            Graph context = context(dsg, Map.of());
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
        Graph context = context(store.dataset(), staging.graphs());
        GraphValidation validation = validation();
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
     * The context graphs of the store (null for none), copied into memory once, with those of the staged data: every
     * graph's validation reads them many times.
     */
    private static Graph context(DatasetGraph dsg, Map<Node, Graph> staged) {
        Graph context = GraphFactory.createDefaultGraph();
        for (Node name : CONTEXT_GRAPHS) {
            if (dsg != null) {
                dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> context.add(q.asTriple()));
            }
        }
        Graph all = context;
        for (Node name : CONTEXT_GRAPHS) {
            if (staged.containsKey(name)) {
                all = new Overlay(all, staged.get(name));
            }
        }
        return all;
    }

    private static String line(Node graph, ReportEntry entry) {
        String focus = FmtUtils.stringForNode(entry.focusNode(), Prefixes.standard());
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new Prologue(Prefixes.standard()));
        return "[" + FmtUtils.stringForNode(graph, Prefixes.standard()) + "] " + focus + path + ": " + entry.message();
    }
}

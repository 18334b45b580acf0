package org.aikg.core.store.mem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraphBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;

/**
 * A transactional in-memory dataset whose default graph is the union of its named graphs. Each named graph is a
 * compact in-memory graph; an index from subjects and objects to the graphs holding them keeps patterns on the union,
 * and {@code GRAPH ?g} patterns, from visiting graphs that cannot match. One writer and any number of readers work
 * at once: readers see the last commit, the writer its own changes too, and an abort leaves no trace. Every access
 * to the data happens inside a transaction. The default graph stores nothing of its own: adding to it is refused.
 * Numbers, dates and booleans are held in the canonical form the TDB2 store gives them ({@link Literals}), so that
 * both stores answer with the same terms.
 */
public final class MemDatasetGraph extends DatasetGraphBase {

    static {
        JenaSystem.init();
    }

    private final Committed committed = new Committed();
    private final Transactions transactions = new Transactions(committed);
    private final UnionGraph union = new UnionGraph(transactions::view);
    private final PrefixMap prefixes = PrefixMapFactory.create();

    /** An empty dataset; queries over it run quad patterns through the graph index ({@link MemOpExecutor}). */
    public MemDatasetGraph() {
        getContext().set(ARQConstants.sysOpExecutorFactory, MemOpExecutor.FACTORY);
    }

    private static boolean isDefault(Node g) {
        return g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g);
    }

    private static boolean anyGraph(Node g) {
        return g == null || g == Node.ANY || g.isVariable();
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public Graph getUnionGraph() {
        return union;
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return isDefault(graphNode) ? union : new NamedGraphView(this, graphNode);
    }

    /** The named graph as this thread's transaction sees it, empty when there is none. */
    Graph namedGraph(Node name) {
        DataView view = transactions.view();
        int id = view.id(name);
        Graph graph = id < 0 ? null : view.graph(id);
        return graph == null ? Graph.emptyGraph : graph;
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return isDefault(graphNode) || !namedGraph(graphNode).isEmpty();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        if (isDefault(graphName)) {
            throw UnionGraph.refusal();
        }
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        if (!isDefault(graphName)) {
            transactions.changes().clear(graphName);
        }
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        DataView view = transactions.view();
        List<Node> names = new ArrayList<>();
        for (int id : view.ids()) {
            Graph graph = view.graph(id);
            if (graph != null && !graph.isEmpty()) {
                names.add(view.name(id));
            }
        }
        return names.iterator();
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (isDefault(g)) {
            throw UnionGraph.refusal();
        }
        if (anyGraph(g) || !s.isConcrete() || !p.isConcrete() || !o.isConcrete()) {
            throw new IllegalArgumentException("Cannot add a quad with a wildcard: " + Quad.create(g, s, p, o));
        }
        transactions.changes().add(g, s, p, Literals.canonical(o));
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (!isDefault(g) && !anyGraph(g)) {
            transactions.changes().delete(g, s, p, Literals.canonical(o));
        }
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node object) {
        Node o = Literals.canonical(object);
        if (anyGraph(g)) {
            return inNamedGraphs(s, p, o);
        }
        if (isDefault(g)) {
            Node name = Quad.isUnionGraph(g) ? Quad.unionGraph : Quad.defaultGraphIRI;
            return Iter.map(union.find(s, p, o), t -> Quad.create(name, t));
        }
        return Iter.map(namedGraph(g).find(s, p, o), t -> Quad.create(g, t));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            throw new IllegalArgumentException("The default graph in findNG");
        }
        return find(g, s, p, o);
    }

    private Iterator<Quad> inNamedGraphs(Node s, Node p, Node o) {
        DataView view = transactions.view();
        int[] ids = Candidates.of(view, s, o);
        return Iter.flatMap(Arrays.stream(ids).iterator(), id -> {
            Graph graph = view.graph(id);
            if (graph == null) {
                return Iter.nullIterator();
            }
            Node name = view.name(id);
            return Iter.map(graph.find(s, p, o), t -> Quad.create(name, t));
        });
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> found = find(g, s, p, o);
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void clear() {
        listGraphNodes().forEachRemaining(this::removeGraph);
    }

    @Override
    public boolean isEmpty() {
        return !listGraphNodes().hasNext();
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        transactions.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        transactions.begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        return transactions.promote(mode);
    }

    @Override
    public void commit() {
        transactions.commit();
    }

    @Override
    public void abort() {
        transactions.abort();
    }

    @Override
    public void end() {
        transactions.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return transactions.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return transactions.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return transactions.isInTransaction();
    }

    @Override
    public void close() {}
}

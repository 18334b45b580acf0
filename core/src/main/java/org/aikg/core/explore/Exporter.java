package org.aikg.core.explore;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.RdfOutput;
import org.aikg.core.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes the whole dataset, one graph, or one entity's description, with the project's prefixes. */
public final class Exporter {

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    private DatasetGraph local() {
        DatasetGraph dsg = store.dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "Export reads local stores; for a remote endpoint use its Graph Store Protocol");
        }
        return dsg;
    }

    /** The whole dataset: graphs kept in quad formats, merged into one graph in triple formats. */
    public void all(OutputFormat format, OutputStream out) {
        requireRdf(format);
        DatasetGraph dsg = local();
        store.read(() -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            copy.prefixes().putAll(Prefixes.standard());
            dsg.find().forEachRemaining(copy::add);
            write(copy, format, out);
            return null;
        });
    }

    /** One named graph. */
    public void graph(String graphIri, OutputFormat format, OutputStream out) {
        requireRdf(format);
        DatasetGraph dsg = local();
        Node g = NodeFactory.createURI(graphIri);
        store.read(() -> {
            if (!dsg.containsGraph(g)) {
                throw new AikgException(Kind.NOT_FOUND, "No graph <" + graphIri + "> in the store. Try: stats");
            }
            DatasetGraph copy = DatasetGraphFactory.create();
            copy.prefixes().putAll(Prefixes.standard());
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            write(copy, format, out);
            return null;
        });
    }

    /** What the graph says about one entity: its statements and the blank nodes under them, in every graph. */
    public void entity(Node entity, OutputFormat format, OutputStream out) {
        requireRdf(format);
        DatasetGraph dsg = local();
        store.read(() -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            copy.prefixes().putAll(Prefixes.standard());
            Deque<Quad> todo = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            dsg.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(todo::add);
            if (todo.isEmpty()) {
                throw new AikgException(Kind.NOT_FOUND, "Nothing is said about " + Explorer.shorten(entity));
            }
            while (!todo.isEmpty()) {
                Quad q = todo.pop();
                copy.add(q);
                if (q.getObject().isBlank() && seen.add(q.getObject())) {
                    dsg.find(q.getGraph(), q.getObject(), Node.ANY, Node.ANY).forEachRemaining(todo::add);
                }
            }
            write(copy, format, out);
            return null;
        });
    }

    private static void requireRdf(OutputFormat format) {
        if (format.tabular()) {
            throw new AikgException(Kind.USAGE, "Export writes RDF: turtle, ntriples, nquads, trig, jsonld or rdfxml");
        }
    }

    private static void write(DatasetGraph data, OutputFormat format, OutputStream out) {
        if (format.quads()) {
            RdfOutput.write(out, data, format);
        } else {
            Graph merged = GraphFactory.createDefaultGraph();
            merged.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            data.find().forEachRemaining(q -> merged.add(q.asTriple()));
            RdfOutput.write(out, merged, format);
        }
    }
}

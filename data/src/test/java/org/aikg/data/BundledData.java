package org.aikg.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Test helper: the data module's resources as files, and the bundle loaded the way aikg loads it. */
final class BundledData {

    static final String ONTOLOGY_GRAPH = "https://w3id.org/aikg/ns";

    private BundledData() {}

    static Path folder() {
        try {
            return Path.of(BundledData.class.getClassLoader().getResource("org/aikg/data/bundle.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(Path folder, String extension) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> listed(Path index) {
        try {
            return Files.readAllLines(index).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ontology in its graph and every bundled TriG file (not the tables, which core maps), as aikg's store holds them. */
    static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        classpathTurtle("org/aikg/ontology/aikg.ttl", dsg.getGraph(NodeFactory.createURI(ONTOLOGY_GRAPH)));
        for (String file : listed(folder().resolve("bundle.txt")).stream().filter(f -> f.endsWith(".trig")).toList()) {
            RDFParser.source(folder().resolve(file)).parse(dsg);
        }
        return dsg;
    }

    /** Parses a Turtle file from the classpath (inside a jar or not) into the graph. */
    static void classpathTurtle(String path, Graph into) {
        try (var in = BundledData.class.getClassLoader().getResourceAsStream(path)) {
            RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(StreamRDFLib.graph(into));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graphs every source is validated with: the ontology, the entity registry and the source catalogue. */
    static final List<Node> CONTEXT = List.of(NodeFactory.createURI(ONTOLOGY_GRAPH),
            NodeFactory.createURI("https://w3id.org/aikg/graph/entities"),
            NodeFactory.createURI("https://w3id.org/aikg/graph/sources"));

    /** The named graphs of the dataset that are sources, not context. */
    static List<Node> sources(DatasetGraph dsg) {
        List<Node> sources = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!CONTEXT.contains(g)) {
                sources.add(g);
            }
        });
        sources.sort(Comparator.comparing(Node::getURI));
        return sources;
    }

    /** The given graphs of the dataset, merged into one graph for SHACL validation. */
    static Graph merge(DatasetGraph dsg, Collection<Node> graphs) {
        Graph merged = GraphFactory.createDefaultGraph();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> merged.add(q.asTriple()));
        }
        return merged;
    }

    /** One source graph together with the context graphs, as aikg validates an import. */
    static Graph withContext(DatasetGraph dsg, Node... sources) {
        List<Node> graphs = new ArrayList<>(CONTEXT);
        graphs.addAll(List.of(sources));
        return merge(dsg, graphs);
    }
}

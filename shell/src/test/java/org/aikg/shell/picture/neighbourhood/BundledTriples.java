package org.aikg.shell.picture.neighbourhood;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The bundled TriG files parsed straight with Jena's parser into a plain dataset, without aikg's store or queries:
 * the independent side of the neighbourhood tests, which look at the article's sources (the store drops Epoch's table).
 */
final class BundledTriples {

    private static final String FOLDER = "org/aikg/data/";
    private static final Node NAME = NodeFactory.createURI("https://schema.org/name");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    private final DatasetGraph dataset = DatasetGraphFactory.create();

    BundledTriples() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        try (InputStream index = loader.getResourceAsStream(FOLDER + "bundle.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#") && line.strip().endsWith(".trig")) {
                    try (InputStream in = loader.getResourceAsStream(FOLDER + line.strip())) {
                        RDFParser.source(in).lang(Lang.TRIG).base("https://w3id.org/aikg/id/").parse(dataset);
                    }
                }
            }
        }
    }

    /** The names of the entities (IRIs) linked to the entity in either direction by anything but rdf:type. */
    Set<String> namedNeighbours(String iri) {
        Node entity = NodeFactory.createURI(iri);
        Set<String> names = new TreeSet<>();
        dataset.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> addName(q.getObject(), q, names));
        dataset.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> addName(q.getSubject(), q, names));
        return names;
    }

    /** The titles of the graphs that hold a statement linking the entity to another IRI or a figure. */
    Set<String> titlesOfSourcesAbout(String iri) {
        Node entity = NodeFactory.createURI(iri);
        Set<String> titles = new TreeSet<>();
        dataset.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if ((q.getObject().isURI() || q.getObject().isBlank()) && !q.getPredicate().getURI().endsWith("#type")) {
                title(q.getGraph(), titles);
            }
        });
        dataset.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> title(q.getGraph(), titles));
        return titles;
    }

    private void addName(Node other, Quad quad, Set<String> names) {
        if (!other.isURI() || quad.getPredicate().getURI().endsWith("#type")) {
            return;
        }
        dataset.find(Node.ANY, other, NAME, Node.ANY).forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm()));
    }

    private void title(Node graph, Set<String> titles) {
        dataset.find(Node.ANY, graph, TITLE, Node.ANY).forEachRemaining(t -> titles.add(t.getObject().getLiteralLexicalForm()));
    }
}

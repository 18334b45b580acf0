package org.aikg.core.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** The bundled TriG files read straight from the data module with Jena's parser, so tests take expected values from the data, not from aikg. */
final class BundledTriG {

    static final String ID = "https://w3id.org/aikg/id/";
    static final String NS = "https://w3id.org/aikg/ns#";
    static final String SCHEMA = "https://schema.org/";
    static final String QUDT = "http://qudt.org/schema/qudt/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    /** A figure as one source states it. */
    record Figure(BigDecimal value, Node graph, Node qualifier) {}

    private final DatasetGraph data = DatasetGraphFactory.create();

    BundledTriG() {
        for (String file : files()) {
            try (InputStream in = resource("org/aikg/data/" + file)) {
                RDFParser.source(in).lang(Lang.TRIG).parse(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("org/aikg/data/bundle.txt"), StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> l.endsWith(".trig")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static InputStream resource(String path) {
        InputStream in = BundledTriG.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("not on the test classpath: " + path);
        }
        return in;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Every figure (quantity value or money) the sources give for the subject's property, with its graph. */
    List<Figure> figures(Node subject, String property) {
        List<Figure> figures = new ArrayList<>();
        data.find(Node.ANY, subject, iri(property), Node.ANY).forEachRemaining(q -> {
            Node value = first(q.getGraph(), q.getObject(), QUDT + "numericValue");
            if (value == null) {
                value = first(q.getGraph(), q.getObject(), SCHEMA + "value");
            }
            figures.add(new Figure(new BigDecimal(value.getLiteralLexicalForm()), q.getGraph(),
                    first(q.getGraph(), q.getObject(), NS + "qualifier")));
        });
        return figures;
    }

    /** The value of the first statement (graph, subject, property, ?) or null. */
    Node first(Node graph, Node subject, String property) {
        var it = data.find(graph, subject, iri(property), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The subjects with the property pointing to the object, in any graph. */
    List<Node> subjects(String property, Node object) {
        return data.stream(Node.ANY, Node.ANY, iri(property), object).map(Quad::getSubject).distinct().toList();
    }

    /** The graphs that state a triple. */
    List<Node> graphs(Node subject, String property, Node object) {
        return data.stream(Node.ANY, subject, iri(property), object).map(Quad::getGraph).distinct().toList();
    }

    /** A source's title as the catalogue gives it. */
    String title(Node graph) {
        return first(Node.ANY, graph, DCT + "title").getLiteralLexicalForm();
    }

    /** An entity's name. */
    String name(Node entity) {
        return first(Node.ANY, entity, SCHEMA + "name").getLiteralLexicalForm();
    }

    /** The literal values of the subject's property in any graph. */
    List<String> texts(Node subject, String property) {
        return data.stream(Node.ANY, subject, iri(property), Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).distinct().toList();
    }

    /** How many statements a graph holds. */
    long size(Node graph) {
        return data.stream(graph, Node.ANY, Node.ANY, Node.ANY).count();
    }

    /** How many distinct IRI subjects a graph has. */
    long iriSubjects(Node graph) {
        return data.stream(graph, Node.ANY, Node.ANY, Node.ANY).map(Quad::getSubject).filter(Node::isURI).distinct().count();
    }

    /** Entities typed with the class in any graph. */
    List<Node> instances(String type) {
        return subjects(RDF_TYPE, iri(type));
    }
}

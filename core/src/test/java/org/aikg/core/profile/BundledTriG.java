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
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String TIME = "http://www.w3.org/2006/time#";
    static final Node EPOCH = iri("https://w3id.org/aikg/source/epoch-notable-ai-models");
    static final Node ENTITIES = iri("https://w3id.org/aikg/graph/entities");

    /** A figure as one source states it, with what it counts when the source says (null otherwise). */
    record Figure(BigDecimal value, Node graph, Node qualifier, Node definition) {}

    private final DatasetGraph data = DatasetGraphFactory.create();
    private final org.apache.jena.graph.Graph ontology = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

    BundledTriG() {
        try (InputStream in = resource("org/aikg/ontology/aikg.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    first(q.getGraph(), q.getObject(), NS + "qualifier"), first(q.getGraph(), q.getObject(), NS + "figureDefinition")));
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

    /** The objects of the subject's property in any graph. */
    List<Node> objects(Node subject, String property) {
        return data.stream(Node.ANY, subject, iri(property), Node.ANY).map(Quad::getObject).distinct().toList();
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

    /** An ontology term's English label. */
    String label(Node term) {
        return ontology.find(term, iri(RDFS + "label"), Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(o -> o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().equals("en"))
                .map(Node::getLiteralLexicalForm).findFirst().orElseThrow(() -> new AssertionError("no label for " + term));
    }

    /** Whether the concept is the other one or narrower than it (skos:broader, followed), as the ontology says. */
    boolean broaderOrSelf(Node concept, Node broader) {
        if (concept.equals(broader)) {
            return true;
        }
        return ontology.find(concept, iri("http://www.w3.org/2004/02/skos/core#broader"), Node.ANY).toList().stream()
                .anyMatch(t -> broaderOrSelf(t.getObject(), broader));
    }

    /** Whether the class is the type or one of its subclasses, as the ontology says. */
    private boolean isA(Node cls, Node type) {
        if (cls.equals(type)) {
            return true;
        }
        return ontology.find(cls, iri(RDFS + "subClassOf"), Node.ANY).toList().stream().anyMatch(t -> isA(t.getObject(), type));
    }

    /** The registry entity of the kind (the class or a subclass) whose name or alias is exactly this, or null. */
    Node registered(String type, String name) {
        for (String p : List.of(SCHEMA + "name", SCHEMA + "alternateName")) {
            for (Quad q : data.stream(ENTITIES, Node.ANY, iri(p), NodeFactory.createLiteralString(name)).toList()) {
                boolean kind = data.stream(ENTITIES, q.getSubject(), iri(RDF_TYPE), Node.ANY).anyMatch(t -> isA(t.getObject(), iri(type)));
                if (kind) {
                    return q.getSubject();
                }
            }
        }
        return null;
    }

    /** Entities typed with the class in any graph. */
    List<Node> instances(String type) {
        return subjects(RDF_TYPE, iri(type));
    }
}

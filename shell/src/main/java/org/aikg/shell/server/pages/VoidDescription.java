package org.aikg.shell.server.pages;

import java.util.List;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.Prefixes;
import org.aikg.core.explore.Stats;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.RdfOutput;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** The dataset described with VoID and DCAT: size, classes, vocabularies, dumps, endpoint, and one subset per graph. */
public final class VoidDescription {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final List<String> VOCABULARIES = List.of(AIKG.NS, "https://schema.org/", "http://www.w3.org/ns/prov#",
            "http://www.w3.org/ns/org#", "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#",
            "http://qudt.org/schema/qudt/", "http://spdx.org/licenses/");

    private final KnowledgeGraph graph;

    public VoidDescription(KnowledgeGraph graph) {
        this.graph = graph;
    }

    /** /.well-known/void: VoID in the RDF syntax asked for (Turtle unless told), describing the dataset at this server's address. */
    public Page page() {
        return (req, resp, rest) -> {
            if (!rest.equals("void")) {
                Router.notFound(resp, "There is no page at /.well-known/" + rest, java.util.List.of());
                return;
            }
            Representation r = req.getParameter("format") != null ? Representation.byExtension(req.getParameter("format"))
                    : Representation.negotiate(req.getHeader("Accept"), false);
            if (r == null || r == Representation.HTML || r.dataset()) {
                r = Representation.TURTLE;
            }
            String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            resp.setContentType(r.mediaType() + "; charset=utf-8");
            RdfOutput.write(resp.getOutputStream(), describe(base), r.format());
        };
    }

    /** The description of the dataset served at the base address. */
    public Graph describe(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(base + "/.well-known/void#aikg");
        Stats stats = graph.explorer().stats();
        Rows entities = graph.select(new QueryRequest(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), ?space)) }",
                java.util.Map.of("space", AIKG.ID), null, 0));
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralString("aikg: a knowledge graph of the AI industry"));
        add(g, ds, uri(DCT + "description"), NodeFactory.createLiteralLang(
                "Companies, AI models, licences, people, training costs, API prices and market events, each fact in the named graph of its source.", "en"));
        add(g, ds, uri(VOID + "triples"), integer(stats.quads()));
        add(g, ds, uri(VOID + "entities"), integer(Long.parseLong(entities.get(0, "n").getLiteralLexicalForm())));
        add(g, ds, uri(VOID + "classes"), integer(stats.classes().size()));
        add(g, ds, uri(VOID + "properties"), integer(stats.properties().size()));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(AIKG.ID));
        add(g, ds, uri(VOID + "exampleResource"), uri(AIKG.ID + "deepseek-v3"));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(base + "/aikg/sparql"));
        add(g, ds, uri(VOID + "rootResource"), uri(base + "/"));
        for (String vocabulary : VOCABULARIES) {
            add(g, ds, uri(VOID + "vocabulary"), uri(vocabulary));
        }
        distribution(g, ds, base + "/dumps/aikg.nq.gz", "application/n-quads", "gzip");
        distribution(g, ds, base + "/dumps/aikg.ttl", "text/turtle", null);
        Rows graphs = graph.select(QueryRequest.of(
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"));
        for (int i = 0; i < graphs.size(); i++) {
            Node subset = NodeFactory.createURI(base + "/.well-known/void#graph-" + i);
            add(g, ds, uri(VOID + "subset"), subset);
            add(g, subset, RDF.type.asNode(), uri(VOID + "Dataset"));
            add(g, subset, uri("http://www.w3.org/ns/sparql-service-description#name"), graphs.get(i, "g"));
            add(g, subset, uri(VOID + "triples"), graphs.get(i, "n"));
        }
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        return g;
    }

    private static void distribution(Graph g, Node ds, String url, String mediaType, String compression) {
        Node dist = NodeFactory.createURI(url + "#distribution");
        add(g, ds, uri(VOID + "dataDump"), uri(url));
        add(g, ds, uri(DCAT + "distribution"), dist);
        add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(g, dist, uri(DCAT + "downloadURL"), uri(url));
        add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + mediaType));
        if (compression != null) {
            add(g, dist, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/" + compression));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}

package org.aikg.shell.server.pages;

import java.util.ArrayList;
import java.util.List;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/** /ns: the aikg ontology, as a page of its terms or in an RDF syntax. */
public final class OntologyPage {

    private static final String TERMS = """
            SELECT ?term ?label ?definition WHERE { GRAPH <https://w3id.org/aikg/ns> {
              ?term rdfs:label ?label . OPTIONAL { ?term skos:definition ?definition } } } ORDER BY ?term""";

    private final KnowledgeGraph graph;

    public OntologyPage(KnowledgeGraph graph) {
        this.graph = graph;
    }

    public Page page() {
        return (req, resp, rest) -> {
            Representation r = req.getParameter("format") != null ? Representation.byExtension(req.getParameter("format"))
                    : Representation.negotiate(req.getHeader("Accept"), true);
            if (r == null || r == Representation.HTML) {
                Html.send(resp, "ontology.jte", view());
                return;
            }
            resp.setContentType(r.mediaType() + "; charset=utf-8");
            if (r == Representation.JSONLD) {
                java.io.ByteArrayOutputStream nt = new java.io.ByteArrayOutputStream();
                graph.exporter().graph(AIKG.ONTOLOGY, org.aikg.core.format.OutputFormat.NTRIPLES, nt);
                resp.getOutputStream().write(Representation.jsonLd(nt.toByteArray()));
                return;
            }
            graph.exporter().graph(AIKG.ONTOLOGY, r.format(), resp.getOutputStream());
        };
    }

    /** The terms with labels and definitions. */
    public OntologyView view() {
        Rows rows = graph.select(QueryRequest.of(TERMS));
        List<OntologyView.Term> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Node term = rows.get(i, "term");
            if (!term.getURI().startsWith(AIKG.NS)) {
                continue;
            }
            Node definition = rows.get(i, "definition");
            terms.add(new OntologyView.Term(term.getURI().substring(AIKG.NS.length()),
                    rows.get(i, "label").getLiteralLexicalForm(), definition == null ? "" : definition.getLiteralLexicalForm()));
        }
        return new OntologyView(AIKG.NS, terms);
    }
}

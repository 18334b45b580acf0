package org.aikg.shell.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Fact;
import org.aikg.core.explore.Match;
import org.aikg.core.explore.Stats;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Linked data over HTTP: entity IRIs answer 303 See Other to a document in the representation asked for (HTML,
 * Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads), plus the home, search and query pages, VoID and dumps.
 */
final class LinkedDataServlet extends HttpServlet {

    private final KnowledgeGraph graph;
    private final VoidDescription voidDescription;

    LinkedDataServlet(KnowledgeGraph graph, VoidDescription voidDescription) {
        this.graph = graph;
        this.voidDescription = voidDescription;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        try {
            if (path.equals("/") || path.isEmpty()) {
                home(resp);
            } else if (path.startsWith("/id/")) {
                seeOther(req, resp, path.substring("/id/".length()));
            } else if (path.startsWith("/doc/")) {
                document(req, resp, path.substring("/doc/".length()));
            } else if (path.equals("/search")) {
                search(req, resp);
            } else if (path.equals("/query")) {
                queryPage(req, resp);
            } else if (path.equals("/.well-known/void")) {
                voidDescription.write(req, resp);
            } else if (path.equals("/dumps/aikg.nq.gz")) {
                resp.setContentType("application/n-quads");
                resp.setHeader("Content-Encoding", "gzip");
                try (OutputStream out = new GZIPOutputStream(resp.getOutputStream())) {
                    graph.exporter().all(OutputFormat.NQUADS, out);
                }
            } else if (path.equals("/dumps/aikg.ttl")) {
                resp.setContentType("text/turtle; charset=utf-8");
                graph.exporter().all(OutputFormat.TURTLE, resp.getOutputStream());
            } else if (path.equals("/ns")) {
                ontology(req, resp);
            } else {
                notFound(resp, "No page at " + path);
            }
        } catch (AikgException e) {
            if (e.kind() == AikgException.Kind.NOT_FOUND) {
                notFound(resp, e.getMessage());
            } else {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            }
        }
    }

    private static boolean validName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }

    private boolean exists(Node entity) {
        return !graph.explorer().facts(entity).isEmpty();
    }

    /** httpRange-14 by 303: the IRI names the thing; the answer points to a document about it. */
    private void seeOther(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Node entity = NodeFactory.createURI(AIKG.ID + name);
        if (!validName(name) || !exists(entity)) {
            notFound(resp, "aikg knows nothing called id:" + name);
            return;
        }
        ConNeg.Representation r = req.getParameter("format") != null
                ? ConNeg.byExtension(req.getParameter("format"))
                : ConNeg.choose(req.getHeader("Accept"), true);
        if (r == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Available: text/html, text/turtle, application/ld+json, "
                    + "application/n-triples, application/rdf+xml, application/trig, application/n-quads");
            return;
        }
        resp.setHeader("Vary", "Accept");
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", "/doc/" + name + "." + r.extension());
    }

    private void document(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        int dot = file.lastIndexOf('.');
        ConNeg.Representation r = dot < 0 ? null : ConNeg.byExtension(file.substring(dot + 1));
        String name = dot < 0 ? file : file.substring(0, dot);
        Node entity = NodeFactory.createURI(AIKG.ID + name);
        if (r == null || !validName(name) || !exists(entity)) {
            notFound(resp, "No document /doc/" + file);
            return;
        }
        if (r == ConNeg.HTML) {
            html(resp, entityPage(entity, name));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.exporter().entity(entity, r.format(), out);
        resp.setContentType(r.mediaType() + "; charset=utf-8");
        resp.getOutputStream().write(out.toByteArray());
    }

    private String link(Node node, Map<Node, String> names) {
        if (node.isURI()) {
            String label = names.computeIfAbsent(node, n -> graph.explorer().nameOf(n));
            String iri = node.getURI();
            String href = iri.startsWith(AIKG.ID) ? "/id/" + iri.substring(AIKG.ID.length())
                    : iri.startsWith(AIKG.NS) ? "/ns#" + iri.substring(AIKG.NS.length()) : iri;
            return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(label) + "</a>";
        }
        if (node.isLiteral()) {
            return Html.esc(node.getLiteralLexicalForm());
        }
        return "";
    }

    private String value(Fact fact, Map<Node, String> names) {
        Node v = fact.value();
        if (!v.isBlank()) {
            return link(v, names);
        }
        StringBuilder sb = new StringBuilder();
        for (Fact part : graph.explorer().partsOf(fact)) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(link(part.property(), names)).append(' ').append(link(part.value(), names));
        }
        return sb.toString();
    }

    /** The HTML page of an entity. */
    String entityPage(Node entity, String name) {
        Explorer explorer = graph.explorer();
        Map<Node, String> names = new LinkedHashMap<>();
        List<Fact> facts = explorer.facts(entity);
        Rows sources = explorer.sourcesOf(entity);
        Map<Node, String> sourceTitles = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            sourceTitles.put(sources.get(i, "source"), sources.get(i, "title").getLiteralLexicalForm());
        }
        String title = explorer.nameOf(entity);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        body.append("<p class=\"iri\">").append(Html.esc(entity.getURI())).append("</p>\n<p>");
        facts.stream().filter(f -> !f.incoming() && f.property().getURI().endsWith("#type"))
                .forEach(f -> body.append(link(f.value(), names)).append(' '));
        body.append("</p>\n");
        facts.stream().filter(f -> !f.incoming() && f.property().getURI().equals("https://schema.org/description"))
                .forEach(f -> body.append("<p>").append(Html.esc(f.value().getLiteralLexicalForm())).append("</p>\n"));
        body.append("<h2>Facts</h2>\n<table><tr><th>property</th><th>value</th><th>source</th></tr>\n");
        for (Fact f : facts) {
            if (!f.incoming()) {
                body.append("<tr><td>").append(link(f.property(), names)).append("</td><td>").append(value(f, names))
                        .append("</td><td class=\"src\">").append(source(f.source(), sourceTitles)).append("</td></tr>\n");
            }
        }
        body.append("</table>\n");
        if (facts.stream().anyMatch(Fact::incoming)) {
            body.append("<h2>Linked from</h2>\n<table><tr><th>entity</th><th>property</th><th>source</th></tr>\n");
            for (Fact f : facts) {
                if (f.incoming() && f.subject().isURI()) {
                    body.append("<tr><td>").append(link(f.subject(), names)).append("</td><td>").append(link(f.property(), names))
                            .append("</td><td class=\"src\">").append(source(f.source(), sourceTitles)).append("</td></tr>\n");
                }
            }
            body.append("</table>\n");
        }
        body.append("<h2>Sources</h2>\n<ul>\n");
        for (int i = 0; i < sources.size(); i++) {
            body.append("<li>").append(Html.esc(sources.get(i, "title").getLiteralLexicalForm()));
            Node publisher = sources.get(i, "publisher");
            if (publisher != null) {
                body.append(", ").append(Html.esc(publisher.getLiteralLexicalForm()));
            }
            Node issued = sources.get(i, "issued");
            if (issued != null) {
                body.append(", ").append(Html.esc(issued.getLiteralLexicalForm()));
            }
            body.append(" <span class=\"src\">(").append(Html.esc(Explorer.shorten(sources.get(i, "source"))))
                    .append(", ").append(sources.get(i, "statements").getLiteralLexicalForm()).append(" statements)</span></li>\n");
        }
        body.append("</ul>\n<p>This page as data: ");
        for (ConNeg.Representation r : ConNeg.ALL) {
            if (r != ConNeg.HTML) {
                body.append("<a href=\"/doc/").append(name).append('.').append(r.extension()).append("\">")
                        .append(r.extension()).append("</a> ");
            }
        }
        body.append("</p>\n");
        return Html.page(title, body.toString());
    }

    private static String source(Node graphName, Map<Node, String> titles) {
        String title = titles.get(graphName);
        return Html.esc(title != null ? title : Explorer.shorten(graphName));
    }

    private void home(HttpServletResponse resp) throws IOException {
        html(resp, homePage());
    }

    /** The home page: what aikg is, search, links, and the classes with their counts. */
    String homePage() {
        Stats stats = graph.explorer().stats();
        StringBuilder body = new StringBuilder("""
                <h1>aikg</h1>
                <p>A knowledge graph of the AI industry: companies, AI models, licences, people, training costs,
                API prices and market events, each fact with its source.</p>
                <form action="/search" method="get"><label>Search <input name="q" size="30"></label>
                <button>Find</button></form>
                <p><a href="/query">Query with SPARQL</a> · endpoint <code>/aikg/sparql</code> ·
                <a href="/.well-known/void">dataset description (VoID, DCAT)</a> ·
                dumps: <a href="/dumps/aikg.nq.gz">N-Quads (gzip)</a>, <a href="/dumps/aikg.ttl">Turtle</a> ·
                <a href="/ns">ontology</a></p>
                """);
        body.append("<p>").append(stats.quads()).append(" statements in ").append(stats.graphs()).append(" graphs.</p>\n");
        body.append("<h2>Classes</h2>\n<table><tr><th>class</th><th>entities</th></tr>\n");
        stats.classes().forEach((c, n) -> {
            if (c.startsWith("aikg:") || c.equals("schema:Person") || c.equals("prov:Entity")) {
                body.append("<tr><td>").append(Html.esc(c)).append("</td><td>").append(n).append("</td></tr>\n");
            }
        });
        body.append("</table>\n");
        return Html.page("aikg", body.toString());
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        StringBuilder body = new StringBuilder("<h1>Search</h1>\n<form action=\"/search\"><input name=\"q\" value=\""
                + Html.esc(q) + "\" size=\"30\"> <button>Find</button></form>\n");
        if (!q.isEmpty()) {
            List<Match> matches = graph.explorer().search(q);
            body.append("<p>").append(matches.size()).append(" match").append(matches.size() == 1 ? "" : "es").append("</p>\n<ul>\n");
            Map<Node, String> names = new LinkedHashMap<>();
            for (Match m : matches) {
                body.append("<li>").append(link(NodeFactory.createURI(m.iri()), names)).append(" <span class=\"src\">")
                        .append(Html.esc(m.type())).append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        html(resp, Html.page("Search", body.toString()));
    }

    private void queryPage(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String text = "SELECT ?name ?hours WHERE {\n  ?run prov:generated/schema:name ?name ;\n       aikg:gpuHours/qudt:numericValue ?hours .\n}";
        String named = req.getParameter("name");
        if (named != null) {
            text = graph.namedQueries().find(named).map(NamedQuery::text).orElse(text);
        } else {
            text = org.aikg.core.Prefixes.standard().getNsPrefixMap().entrySet().stream()
                    .filter(e -> List.of("aikg", "id", "schema", "prov", "qudt").contains(e.getKey()))
                    .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").sorted().reduce("", String::concat) + text;
        }
        StringBuilder body = new StringBuilder("<h1>SPARQL query</h1>\n<form action=\"/aikg/sparql\" method=\"get\">\n"
                + "<textarea name=\"query\" rows=\"16\">" + Html.esc(text) + "</textarea>\n"
                + "<p><label>Results as <select name=\"format\"><option>json</option><option>csv</option>"
                + "<option>tsv</option><option>xml</option><option>text</option></select></label> <button>Run</button></p>\n"
                + "</form>\n<h2>Named queries</h2>\n<ul>\n");
        for (NamedQuery q : graph.namedQueries().all()) {
            body.append("<li><a href=\"/query?name=").append(URLEncoder.encode(q.name(), StandardCharsets.UTF_8)).append("\">")
                    .append(Html.esc(q.name())).append("</a>: ").append(Html.esc(q.description())).append("</li>\n");
        }
        body.append("</ul>\n");
        html(resp, Html.page("Query", body.toString()));
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ConNeg.Representation r = req.getParameter("format") != null ? ConNeg.byExtension(req.getParameter("format"))
                : ConNeg.choose(req.getHeader("Accept"), true);
        if (r == null || r == ConNeg.HTML) {
            html(resp, ontologyPage());
            return;
        }
        resp.setContentType(r.mediaType() + "; charset=utf-8");
        graph.exporter().graph(AIKG.ONTOLOGY, r.format(), resp.getOutputStream());
    }

    /** The ontology's terms with labels and definitions. */
    String ontologyPage() {
        {
            Rows terms = graph.select(org.aikg.core.query.QueryRequest.of("""
                    SELECT ?term ?label ?definition WHERE { GRAPH <https://w3id.org/aikg/ns> {
                      ?term rdfs:label ?label . OPTIONAL { ?term skos:definition ?definition } } } ORDER BY ?term"""));
            StringBuilder body = new StringBuilder("<h1>aikg ontology</h1>\n<p class=\"iri\">" + AIKG.NS + "</p>\n<table>"
                    + "<tr><th>term</th><th>label</th><th>definition</th></tr>\n");
            for (int i = 0; i < terms.size(); i++) {
                String local = terms.get(i, "term").getURI().substring(AIKG.NS.length());
                Node def = terms.get(i, "definition");
                body.append("<tr id=\"").append(Html.esc(local)).append("\"><td><code>aikg:").append(Html.esc(local))
                        .append("</code></td><td>").append(Html.esc(terms.get(i, "label").getLiteralLexicalForm()))
                        .append("</td><td>").append(def == null ? "" : Html.esc(def.getLiteralLexicalForm())).append("</td></tr>\n");
            }
            body.append("</table>\n");
            return Html.page("aikg ontology", body.toString());
        }
    }

    private static void html(HttpServletResponse resp, String page) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static void notFound(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        html(resp, Html.page("Not found", "<h1>Not found</h1>\n<p>" + Html.esc(message)
                + "</p>\n<p><a href=\"/search\">Search</a> or go <a href=\"/\">home</a>.</p>"));
    }

}

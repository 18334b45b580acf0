package org.aikg.shell.server.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.Prefixes;
import org.aikg.core.named.NamedQuery;

/** /query: a form that sends a SPARQL query to the endpoint, filled with an example or a named query (?name=). */
public final class QueryPage {

    private static final String EXAMPLE = """
            SELECT ?name ?hours WHERE {
              ?run prov:generated/schema:name ?name ;
                   aikg:gpuHours/qudt:numericValue ?hours .
            }""";

    private static final List<String> EXAMPLE_PREFIXES = List.of("aikg", "id", "prov", "qudt", "schema");

    private final KnowledgeGraph graph;

    public QueryPage(KnowledgeGraph graph) {
        this.graph = graph;
    }

    public Page page() {
        return (req, resp, rest) -> {
            String name = req.getParameter("name");
            String text = name == null ? null : graph.namedQueries().find(name).map(NamedQuery::text).orElse(null);
            if (text == null) {
                text = EXAMPLE_PREFIXES.stream()
                        .map(p -> "PREFIX " + p + ": <" + Prefixes.standard().getNsPrefixURI(p) + ">\n")
                        .collect(Collectors.joining()) + EXAMPLE;
            }
            Html.send(resp, "query.jte", new QueryView(text, graph.namedQueries().all()));
        };
    }
}

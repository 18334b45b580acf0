package org.aikg.shell.server.pages;

import java.util.List;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.explore.Match;
import org.apache.jena.graph.NodeFactory;

/** /search?q=TEXT: the entities whose name, alias or former name contains the text, exact names first. */
public final class SearchPage {

    /** How many matches the page lists. */
    static final int SHOWN = 100;

    private final KnowledgeGraph graph;

    public SearchPage(KnowledgeGraph graph) {
        this.graph = graph;
    }

    public Page page() {
        return (req, resp, rest) -> {
            String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
            List<Match> matches = q.isEmpty() ? List.of() : graph.explorer().search(q);
            List<SearchView.Hit> hits = matches.stream().limit(SHOWN)
                    .map(m -> new SearchView.Hit(m.name(), m.type(), Links.href(NodeFactory.createURI(m.iri()))))
                    .toList();
            Html.send(resp, "search.jte", new SearchView(q, hits, matches.size()));
        };
    }
}

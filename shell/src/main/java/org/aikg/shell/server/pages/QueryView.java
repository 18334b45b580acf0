package org.aikg.shell.server.pages;

import java.util.List;
import org.aikg.core.named.NamedQuery;

/**
 * The query form: the query text to start from, the named queries (each a link that fills the form), and for a named
 * query that declares one, its chart as inline SVG (drawn by aikg from its answer; no script).
 */
public record QueryView(String text, List<NamedQuery> named, NamedQuery shown, String chart) {

    public QueryView {
        named = List.copyOf(named);
    }

    /** The address that opens the form with a named query. */
    public String href(NamedQuery query) {
        return "/query?name=" + java.net.URLEncoder.encode(query.name(), java.nio.charset.StandardCharsets.UTF_8);
    }
}

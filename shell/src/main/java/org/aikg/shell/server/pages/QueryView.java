package org.aikg.shell.server.pages;

import java.util.List;
import org.aikg.core.named.NamedQuery;

/** The query form: the query text to start from and the named queries, each a link that fills the form. */
public record QueryView(String text, List<NamedQuery> named) {

    public QueryView {
        named = List.copyOf(named);
    }

    /** The address that opens the form with a named query. */
    public String href(NamedQuery query) {
        return "/query?name=" + java.net.URLEncoder.encode(query.name(), java.nio.charset.StandardCharsets.UTF_8);
    }
}

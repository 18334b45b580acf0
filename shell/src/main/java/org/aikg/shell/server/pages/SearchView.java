package org.aikg.shell.server.pages;

import java.util.List;

/** The search page: the text searched for, the matches shown (name, kind, where its page is) and how many there are in all. */
public record SearchView(String query, List<Hit> hits, int total) {

    public SearchView {
        hits = List.copyOf(hits);
    }

    /** One match: its name, its kind, and its page (null when it has none here). */
    public record Hit(String name, String kind, String href) {}

    public int more() {
        return total - hits.size();
    }
}

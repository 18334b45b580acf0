package org.aikg.shell.server.pages;

import java.util.List;

/** The home page: how big the graph is, the lists to browse, every class with its count, and whether the server's forms work. */
public record HomeView(long statements, long graphs, List<Link> browse, List<Link> classes, boolean served) {

    public HomeView {
        browse = List.copyOf(browse);
        classes = List.copyOf(classes);
    }

    /** A link with a count: "Models (34)". */
    public record Link(String label, String href, long count) {}
}

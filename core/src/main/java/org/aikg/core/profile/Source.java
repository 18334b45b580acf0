package org.aikg.core.profile;

import org.apache.jena.graph.Node;

/** A numbered source: the graph that holds its statements, its title, publisher, date in words and web address (each may be null). */
public record Source(int number, Node graph, String title, String publisher, String issued, String url) {

    /** The source's number as it is cited, such as [2]. */
    public String cite() {
        return "[" + number + "]";
    }

    /** Publisher and date after the title, such as ", arXiv, 27 December 2024"; empty when neither is known. */
    public String details() {
        return (publisher == null ? "" : ", " + publisher) + (issued == null ? "" : ", " + issued);
    }
}

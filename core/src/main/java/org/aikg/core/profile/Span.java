package org.aikg.core.profile;

import org.apache.jena.graph.Node;

/** A piece of text as a reader sees it, naming an entity or term when link is not null. */
public record Span(String text, Node link) {

    /** Plain text that links nowhere. */
    public static Span text(String text) {
        return new Span(text, null);
    }

    /** A source's number cited inside a value's words, such as [3], linking to the source. */
    public static Span citation(int number, Node source) {
        return new Span("[" + number + "]", source);
    }

    /** The number of the source this span cites, or 0 when it is not a citation. */
    public int cited() {
        return link != null && text.matches("\\[\\d{1,6}]") ? Integer.parseInt(text.substring(1, text.length() - 1)) : 0;
    }
}

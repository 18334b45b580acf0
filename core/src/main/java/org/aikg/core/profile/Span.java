package org.aikg.core.profile;

import org.apache.jena.graph.Node;

/** A piece of text as a reader sees it, naming an entity or term when link is not null. */
public record Span(String text, Node link) {

    /** Plain text that links nowhere. */
    public static Span text(String text) {
        return new Span(text, null);
    }
}

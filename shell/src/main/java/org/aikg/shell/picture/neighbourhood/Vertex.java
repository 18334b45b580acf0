package org.aikg.shell.picture.neighbourhood;

import java.util.Objects;

/**
 * One node of the picture: a stable id (an IRI, a literal in N-Triples form, or a key made from a figure's content),
 * the words to show, its kind, and an optional finer type label such as "AI lab".
 */
public record Vertex(String id, String label, NodeKind kind, String typeLabel) {

    public Vertex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        typeLabel = typeLabel == null ? "" : typeLabel;
    }
}

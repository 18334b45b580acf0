package org.aikg.shell.picture.neighbourhood;

/** The family a relation belongs to, which decides the colour of its edges and its entry in the legend. */
public enum RelationKind {
    MAKER("made, owned or published by", "#1f6fb2"),
    PROVENANCE("training and derivation", "#d55e00"),
    PART("membership and parts", "#00876c"),
    CLAIM("claims and subjects", "#b83280"),
    FIGURE("figures", "#8a6d3b"),
    CLASSIFICATION("classification and licence", "#5a67d8"),
    VALUE("dates and values", "#718096"),
    OTHER("other links", "#4a5568");

    private final String label;
    private final String colour;

    RelationKind(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The words for this kind in the legend. */
    public String label() {
        return label;
    }

    /** The colour of edges of this kind, as #rrggbb. */
    public String colour() {
        return colour;
    }
}

package org.aikg.shell.picture.neighbourhood;

/** What a node in the picture stands for, which decides its colours and its entry in the legend. */
public enum NodeKind {
    ORGANIZATION("organization", "#dbe9f6", "#2b6cb0"),
    MODEL("model or service", "#fde8d0", "#c05621"),
    PERSON("person", "#dcf2e3", "#2f855a"),
    ACTIVITY("training run or activity", "#fcf0b4", "#975a16"),
    HARDWARE("hardware", "#e6e1f5", "#6b46c1"),
    SOURCE("source or publication", "#eeeeee", "#4a5568"),
    CLAIM("claim", "#fbe1ee", "#b83280"),
    EVENT("event", "#fde2e1", "#c53030"),
    PLACE("place", "#d8f3f1", "#2c7a7b"),
    CONCEPT("concept or licence", "#f3f3e6", "#7b7b3a"),
    FIGURE("figure", "#ffffff", "#8a6d3b"),
    VALUE("date or value", "#ffffff", "#718096"),
    OTHER("other", "#ffffff", "#a0aec0");

    private final String label;
    private final String fill;
    private final String stroke;

    NodeKind(String label, String fill, String stroke) {
        this.label = label;
        this.fill = fill;
        this.stroke = stroke;
    }

    /** The words for this kind in the legend. */
    public String label() {
        return label;
    }

    /** The fill colour of nodes of this kind, as #rrggbb. */
    public String fill() {
        return fill;
    }

    /** The border colour of nodes of this kind, as #rrggbb. */
    public String stroke() {
        return stroke;
    }
}

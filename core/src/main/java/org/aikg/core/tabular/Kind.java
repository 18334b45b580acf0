package org.aikg.core.tabular;

import java.util.Arrays;
import java.util.Optional;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The kinds of thing tab:entity reconciles, each with the class its registry entities belong to. */
enum Kind {
    ORG("org", "https://schema.org/Organization"),
    MODEL("model", AIKG.NS + "AIModel"),
    PERSON("person", "https://schema.org/Person"),
    COUNTRY("country", "https://schema.org/Country"),
    HARDWARE("hardware", AIKG.NS + "GPUModel");

    private final String word;
    private final Node type;

    Kind(String word, String type) {
        this.word = word;
        this.type = NodeFactory.createURI(type);
    }

    /** The word a mapping uses for the kind, also the suffix of a minted IRI that would collide. */
    String word() {
        return word;
    }

    /** The class whose instances (directly or through subclasses) are of this kind. */
    Node type() {
        return type;
    }

    static Optional<Kind> named(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    static String words() {
        return String.join(", ", Arrays.stream(values()).map(Kind::word).toList());
    }
}

package org.aikg.ontology;

/** Classpath locations of the ontology and its SHACL shapes. */
public final class OntologyFiles {

    /** The OWL ontology, in Turtle. */
    public static final String ONTOLOGY = "org/aikg/ontology/aikg.ttl";

    /** The SHACL shapes that aikg data must conform to, in Turtle. */
    public static final String SHAPES = "org/aikg/ontology/shapes.ttl";

    private OntologyFiles() {}
}

package org.aikg.core.fuzz;

/** An RDF syntax the importer reads: the name a user gives it, a file extension, and the prefix of its malformed cases. */
enum Syntax {
    TURTLE("turtle", "ttl", "ttl-"),
    TRIG("trig", "trig", "trig-"),
    NTRIPLES("ntriples", "nt", "nt-"),
    NQUADS("nquads", "nq", "nq-"),
    JSONLD("jsonld", "jsonld", "jsonld-"),
    RDFXML("rdfxml", "rdf", "rdfxml-");

    private final String option;
    private final String extension;
    private final String malformedPrefix;

    Syntax(String option, String extension, String malformedPrefix) {
        this.option = option;
        this.extension = extension;
        this.malformedPrefix = malformedPrefix;
    }

    /** The name of the syntax as the load command's --lang takes it. */
    String option() {
        return option;
    }

    String extension() {
        return extension;
    }

    /** How the files of this syntax in the malformed corpus begin. */
    String malformedPrefix() {
        return malformedPrefix;
    }

    /** Whether the syntax holds named graphs. */
    boolean quads() {
        return this == TRIG || this == NQUADS || this == JSONLD;
    }
}

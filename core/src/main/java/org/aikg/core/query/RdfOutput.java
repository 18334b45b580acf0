package org.aikg.core.query;

import org.aikg.core.format.OutputFormat;
import org.apache.jena.riot.RDFFormat;

/** The Jena writer variant aikg uses for each RDF output format: pretty where it helps, stable always. */
public final class RdfOutput {

    private RdfOutput() {}

    public static RDFFormat formatFor(OutputFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case NQUADS -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        };
    }
}

package org.aikg.core.query;

import org.aikg.core.format.OutputFormat;
import org.apache.jena.riot.RDFFormat;

/** The Jena writer variant aikg uses for each RDF output format: pretty where it helps, stable always. */
public final class RdfOutput {

    private RdfOutput() {}

    /** Writes a graph; Turtle and TriG use {@code @prefix} directives, which every Turtle parser reads. */
    public static void write(java.io.OutputStream out, org.apache.jena.graph.Graph graph, OutputFormat format) {
        if (stable(format)) {
            java.util.List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
            graph.find().forEachRemaining(t -> quads.add(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.sparql.core.Quad.defaultGraphNodeGenerated, t)));
            new org.aikg.core.format.StableRdfWriter(org.aikg.core.Prefixes.standard()).write(quads, format, out);
            return;
        }
        org.apache.jena.riot.RDFWriter.source(graph).format(formatFor(format))
                .set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at").output(out);
    }

    /** Turtle, TriG, N-Triples and N-Quads are written byte-stable by aikg's own writer. */
    static boolean stable(OutputFormat format) {
        return format == OutputFormat.TURTLE || format == OutputFormat.TRIG
                || format == OutputFormat.NTRIPLES || format == OutputFormat.NQUADS;
    }

    /** Writes a dataset, as {@link #write(java.io.OutputStream, org.apache.jena.graph.Graph, OutputFormat)} does a graph. */
    public static void write(java.io.OutputStream out, org.apache.jena.sparql.core.DatasetGraph dataset, OutputFormat format) {
        if (stable(format)) {
            java.util.List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
            dataset.find().forEachRemaining(quads::add);
            new org.aikg.core.format.StableRdfWriter(org.aikg.core.Prefixes.standard()).write(quads, format, out);
            return;
        }
        org.apache.jena.riot.RDFWriter.source(dataset).format(formatFor(format))
                .set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at").output(out);
    }

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

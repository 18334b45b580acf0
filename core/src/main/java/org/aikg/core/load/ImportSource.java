package org.aikg.core.load;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Something that can be imported: an RDF file, a CSV file read through a mapping, and so on. It streams its triples
 * and quads to a sink and fails with a one-line {@link org.aikg.core.AikgException} naming where it went wrong.
 */
public interface ImportSource {

    /** How errors and reports name this source, usually its file name. */
    String name();

    /**
     * Sends every triple and quad to the sink, reporting progress every so often. Triples without a graph go to the
     * graph the import names (or aikg's default import graph). Must not fetch anything from the network.
     */
    void parse(StreamRDF sink, Progress progress);
}

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
     * Sends every triple and quad to the sink; the importer puts triples without a graph into the graph the import
     * names and counts progress. Must not fetch anything from the network.
     */
    void parse(StreamRDF sink);
}

package org.aikg.core.tabular;

import java.net.URL;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A parsed mapping: one SPARQL CONSTRUCT run once per row, the columns whose cells it binds, the graph its triples go
 * to (null: the import's graph) and the RDF files imported with the table.
 *
 * @param name how errors name the mapping: its shipped name or its file
 * @param description the first comment line
 */
public record Mapping(String name, String description, Node graph, List<Column> columns, List<URL> includes, Query query) {

    public Mapping {
        columns = List.copyOf(columns);
        includes = List.copyOf(includes);
    }
}

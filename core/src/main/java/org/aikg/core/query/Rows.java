package org.aikg.core.query;

import java.util.List;
import org.apache.jena.graph.Node;

/** A SELECT result held in memory (up to the row cap): column names and rows of nodes, null where unbound. */
public record Rows(List<String> columns, List<List<Node>> rows, boolean truncated) {

    /** The value in a row by column name. */
    public Node get(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + column + " in " + columns);
        }
        return rows.get(row).get(index);
    }

    public int size() {
        return rows.size();
    }
}

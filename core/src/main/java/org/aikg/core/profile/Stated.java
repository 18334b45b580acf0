package org.aikg.core.profile;

import java.util.List;
import org.apache.jena.graph.Node;

/** One statement as a source makes it: subject, property, value, the graph (source) and, for a blank-node value, its parts. */
record Stated(Node subject, Node property, Node value, Node graph, List<Part> parts) {

    /** One part of a blank-node value as the same source states it. */
    record Part(Node property, Node value) {}

    /** The value of the first part with this property, or null. */
    Node part(String property) {
        for (Part p : parts) {
            if (p.property().isURI() && p.property().getURI().equals(property)) {
                return p.value();
            }
        }
        return null;
    }

    boolean is(String property) {
        return this.property.isURI() && this.property.getURI().equals(property);
    }
}

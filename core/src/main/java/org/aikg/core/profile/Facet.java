package org.aikg.core.profile;

import java.util.List;
import org.apache.jena.graph.Node;

/** A way to narrow a listing (organization, year, access level...): its name, its title, and its most frequent values. */
public record Facet(String name, String title, List<FacetValue> values) {

    public Facet {
        values = List.copyOf(values);
    }

    /** One value of a facet with the number of entities it would leave, and whether the listing is filtered by it. */
    public record FacetValue(Node value, String label, long count, boolean selected) {}
}

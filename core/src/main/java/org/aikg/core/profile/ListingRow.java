package org.aikg.core.profile;

import java.util.List;
import org.apache.jena.graph.Node;

/** One entity in a listing: its name, kind, organizations, date in words and access level (each may be empty). */
public record ListingRow(Span entity, String kind, List<Span> organizations, String date, List<Span> access) {

    public ListingRow {
        organizations = List.copyOf(organizations);
        access = List.copyOf(access);
    }

    /** The entity's IRI. */
    public Node node() {
        return entity.link();
    }
}

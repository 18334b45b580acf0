package org.aikg.core.profile;

import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * One page of a class's entities: the class (or {@link Listings#SOURCES} for the catalogued sources), the facet
 * values to filter by (facet name to value: an IRI, or a year as a literal), the page number from 1 and its size.
 */
public record ListingRequest(Node type, Map<String, Node> filters, int page, int size) {

    public ListingRequest {
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
        size = Math.min(Math.max(1, size), Listings.MAX_PAGE_SIZE);
    }
}

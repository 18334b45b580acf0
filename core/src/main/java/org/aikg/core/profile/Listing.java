package org.aikg.core.profile;

import java.util.List;

/** One page of a listing: its title, how many entities match in all, the page and its size, the rows, the facets. */
public record Listing(String title, long total, int page, int size, List<ListingRow> rows, List<Facet> facets) {

    public Listing {
        rows = List.copyOf(rows);
        facets = List.copyOf(facets);
    }

    /** How many match, digits grouped: "5,139". */
    public String totalText() {
        return NumberWords.grouped(java.math.BigDecimal.valueOf(total));
    }

    /** How many pages the listing has (at least 1). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the first row shown, from 1 (0 for an empty page). */
    public long first() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The position of the last row shown. */
    public long last() {
        return first() == 0 ? 0 : first() + rows.size() - 1;
    }
}

package org.aikg.core.profile;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;

/** The date of each of some entities (published, started, issued, or reported as of) to the precision its source gives. */
final class Dates {

    private static final String DATES = """
            SELECT ?x ?d ?precision WHERE {
              GRAPH ?g {
                VALUES (?dp ?pp) {
                  (schema:datePublished aikg:datePublishedPrecision) (schema:startDate aikg:startDatePrecision)
                  (dcterms:issued aikg:issuedPrecision) (aikg:asOf aikg:asOfPrecision)
                }
                ?x ?dp ?d OPTIONAL { ?x ?pp ?precision }
              }
            }""";

    private static final Comparator<Period> BEST = Comparator.comparing((Period p) -> p.unit()).reversed()
            .thenComparing(Period::start);

    private final Fetch fetch;

    Dates(Fetch fetch) {
        this.fetch = fetch;
    }

    /** Each entity's most precise date, the latest of those; entities without a date are left out. */
    Map<Node, Period> of(Collection<Node> entities) {
        Rows rows = fetch.rows(DATES, Map.of(), "x", entities);
        Map<Node, Period> dates = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Period p = Period.of(rows.get(i, "d"), rows.get(i, "precision"));
            if (p != null) {
                dates.merge(rows.get(i, "x"), p, (a, b) -> BEST.compare(a, b) >= 0 ? a : b);
            }
        }
        return dates;
    }
}

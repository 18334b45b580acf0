package org.aikg.core.profile;

import java.util.List;

/** Every statement about an entity, each value once with all its sources, and the links to it (capped, with their total). */
public record StatementTable(List<StatementRow> rows, List<IncomingLink> incoming, long incomingTotal) {

    public StatementTable {
        rows = List.copyOf(rows);
        incoming = List.copyOf(incoming);
    }

    /** The heading of the statements. */
    public String heading() {
        return "Statements (" + rows.size() + ")";
    }

    /** The heading of the links to the entity. */
    public String incomingHeading() {
        return "Linked from (" + NumberWords.grouped(java.math.BigDecimal.valueOf(incomingTotal)) + ")";
    }

    /** How many links to the entity are not listed. */
    public long moreIncoming() {
        return Math.max(0, incomingTotal - incoming.size());
    }

    /** The links not listed, in words: "and 2,900 more"; empty when all are listed. */
    public String moreIncomingText() {
        return moreIncoming() == 0 ? "" : "and " + NumberWords.grouped(java.math.BigDecimal.valueOf(moreIncoming())) + " more";
    }
}

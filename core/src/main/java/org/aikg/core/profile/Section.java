package org.aikg.core.profile;

import java.util.List;

/** What belongs to the entity, folded in: training runs, models, market events, roles, claims, statements of a source. */
public record Section(String title, long total, List<Entry> entries) {

    public Section {
        entries = List.copyOf(entries);
    }

    /** The section's title, with the number of entries when there are several. */
    public String heading() {
        return total > 1 ? title + " (" + NumberWords.grouped(java.math.BigDecimal.valueOf(total)) + ")" : title;
    }

    /** Whether every entry is a short name without lines of its own, so that a page may set them in columns. */
    public boolean compact() {
        return entries.stream().allMatch(e -> e.lines().isEmpty() && e.head().plain().length() <= 80);
    }

    /** How many more there are than the entries shown. */
    public long more() {
        return Math.max(0, total - entries.size());
    }

    /** The entries not shown, in words: "and 7,185 more"; empty when every entry is shown. */
    public String moreText() {
        return more() == 0 ? "" : "and " + NumberWords.grouped(java.math.BigDecimal.valueOf(more())) + " more";
    }
}

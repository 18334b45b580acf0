package org.aikg.shell.picture.neighbourhood;

import java.util.Comparator;
import java.util.Locale;

/** A relation of the centre in one direction: the picture draws it once, with its neighbours fanning out. */
public record Relation(String label, RelationKind kind, boolean incoming) implements Comparable<Relation> {

    private static final Comparator<Relation> ORDER = Comparator.comparing(Relation::incoming)
            .thenComparing(r -> r.label().toLowerCase(Locale.ROOT)).thenComparing(Relation::label)
            .thenComparing(Relation::kind);

    /** Outgoing relations first, then by label. */
    @Override
    public int compareTo(Relation other) {
        return ORDER.compare(this, other);
    }
}

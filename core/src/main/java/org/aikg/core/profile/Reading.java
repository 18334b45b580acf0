package org.aikg.core.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.jena.graph.Node;

/**
 * One statement as a profile reads it: a figure (its number in a measure, the words of its amount at some number of
 * significant digits, its bound, qualifier, definition, the date it was reported as of, and further words), a date
 * (a period), or words with links (an entity, a text, the parts of a compound value).
 */
record Reading(Stated stated, Quantity quantity, IntFunction<String> amount, String bound, Node definition, Period asOf,
        List<String> extras, String note, Period period, List<Span> spans, String key) {

    Reading {
        extras = List.copyOf(extras);
        spans = List.copyOf(spans);
    }

    /** A figure: a number in a measure, read in words. */
    static Reading figure(Stated stated, Quantity quantity, IntFunction<String> amount, String bound, Node definition,
            Period asOf, List<String> extras, String note) {
        return new Reading(stated, quantity, amount, bound, definition, asOf, extras, note, null, List.of(), null);
    }

    /** A date to its precision. */
    static Reading date(Stated stated, Period period) {
        return new Reading(stated, null, null, null, null, null, List.of(), null, period, List.of(), null);
    }

    /** Words with links, equal to other readings with the same key. */
    static Reading words(Stated stated, List<Span> spans, String key) {
        return new Reading(stated, null, null, null, null, null, List.of(), null, null, spans, key);
    }

    boolean isFigure() {
        return quantity != null;
    }

    /** Whether the value is one entity (a link and nothing else), which a line may list with others. */
    boolean isEntity() {
        return quantity == null && period == null && spans.size() == 1 && spans.getFirst().link() != null;
    }

    Node graph() {
        return stated.graph();
    }

    /** The significant digits the figure's own number has (at least 1). */
    int ownDigits() {
        BigDecimal n = quantity.number().stripTrailingZeros();
        return n.signum() == 0 ? 1 : n.precision();
    }
}

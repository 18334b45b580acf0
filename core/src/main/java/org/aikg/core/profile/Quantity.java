package org.aikg.core.profile;

import java.math.BigDecimal;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/**
 * A figure as a number in a measure (a unit, or a currency with its price year and token count) with the range its
 * qualifier allows: exact, rounded at its last significant digit (approximate, estimated, an Epoch confidence), or a bound.
 */
record Quantity(BigDecimal number, String measure, Node qualifier) {

    /** Whether both can be true: different measures cannot be compared, so they never disagree. */
    boolean compatible(Quantity other) {
        if (!measure.equals(other.measure)) {
            return true;
        }
        BigDecimal[] a = range();
        BigDecimal[] b = other.range();
        boolean aBelowB = a[1] != null && b[0] != null && a[1].compareTo(b[0]) < 0;
        boolean bBelowA = b[1] != null && a[0] != null && b[1].compareTo(a[0]) < 0;
        return !aBelowB && !bBelowA;
    }

    /** The lowest and highest value the figure allows; null for no limit. */
    private BigDecimal[] range() {
        String q = qualifier == null || !qualifier.isURI() ? AIKG.NS + "Exact" : qualifier.getURI();
        if (q.equals(AIKG.NS + "LowerBound")) {
            return new BigDecimal[] {number, null};
        }
        if (q.equals(AIKG.NS + "UpperBound")) {
            return new BigDecimal[] {null, number};
        }
        if (q.equals(AIKG.NS + "Exact")) {
            return new BigDecimal[] {number, number};
        }
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-number.stripTrailingZeros().scale()).divide(BigDecimal.TWO);
        return new BigDecimal[] {number.subtract(half), number.add(half)};
    }
}

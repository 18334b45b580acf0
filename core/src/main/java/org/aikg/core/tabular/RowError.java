package org.aikg.core.tabular;

/**
 * A row the mapping cannot turn into RDF, said in words without the file and row, which the source adds; the value, when
 * known, lets the source name the column it came from.
 */
final class RowError extends RuntimeException {

    private final String value;

    RowError(String message) {
        this(message, null);
    }

    RowError(String message, String value) {
        super(message, null, false, false);
        this.value = value;
    }

    /** The offending text, or null. */
    String value() {
        return value;
    }
}

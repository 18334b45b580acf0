package org.aikg.core.load;

/** What an import added: quads, the graphs they went to, and how long parsing, validating and committing took. */
public record ImportReport(long quads, int graphs, long elapsedMillis) {}

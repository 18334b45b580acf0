package org.aikg.core.query;

/** What a query did: its form, how many rows or triples it wrote, whether the cap cut it, and how long it took. */
public record QueryOutcome(String form, long count, boolean truncated, long elapsedMillis) {}

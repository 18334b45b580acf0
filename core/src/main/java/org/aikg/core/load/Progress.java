package org.aikg.core.load;

/** Receives the number of triples parsed so far, every so often, during a long import. */
@FunctionalInterface
public interface Progress {

    void parsed(long triples, long elapsedMillis);

    /** Reports nothing. */
    Progress NONE = (triples, elapsedMillis) -> {};
}

package org.aikg.core.store;

import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.update.UpdateRequest;

/** A place aikg reads and writes quads; queries see the union of the named graphs as their default graph. */
public interface Store extends AutoCloseable {

    /** One line that says what is open, for `store` and diagnostics. */
    String description();

    /** A builder for one query against this store, with the union default graph in effect. */
    QueryExecBuilder queryBuilder();

    /**
     * A builder for this query: where the query names graphs with FROM or FROM NAMED, they are picked from this store
     * (never fetched from the web) and form the query's dataset.
     */
    default QueryExecBuilder queryBuilder(org.apache.jena.query.Query query) {
        return queryBuilder().query(query);
    }

    /** Runs the action inside a read transaction where the store has transactions. */
    <T> T read(Supplier<T> action);

    /**
     * Applies an update in one transaction that stops, changing nothing, at the policy's deadline; LOAD reads only
     * http(s) addresses and no more than the policy's bytes from each.
     */
    void update(UpdateRequest update, org.aikg.core.policy.QueryPolicy policy);

    /** Applies an update in one transaction with no deadline, as an import of data does. */
    default void update(UpdateRequest update) {
        update(update, new org.aikg.core.policy.QueryPolicy(java.time.Duration.ofDays(1), 0));
    }

    /** The local dataset, or null for a remote store. */
    DatasetGraph dataset();

    /** Whether changes outlive the process. */
    boolean persistent();

    @Override
    void close();
}

package org.aikg.core.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.format.ResultWriter;
import org.aikg.core.policy.BoundedLoads;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.store.Store;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.update.UpdateRequest;

/** Runs parsed queries and updates against a store under a policy: refused forms, a deadline, a row cap, cancellation. */
public final class QueryRunner {

    private final Store store;
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public QueryRunner(Store store) {
        this.store = store;
    }

    /** The store the queries run against. */
    public Store store() {
        return store;
    }

    /** Runs a query and writes its result in the format: tabular formats for SELECT and ASK, RDF for the others. */
    public QueryOutcome run(Query query, Map<String, Node> params, QueryPolicy policy, OutputFormat format, OutputStream out) {
        checkFormat(query, format);
        long start = System.nanoTime();
        return execute(query, params, policy, exec -> switch (query.queryType()) {
            case SELECT -> {
                RowSet rowSet = exec.select();
                RowCap<Binding> rows = new RowCap<>(rowSet, policy.rowLimit());
                ResultWriter.rows(rowSet.getResultVars(), rows, format, out);
                yield new QueryOutcome("SELECT", rows.count(), rows.truncated(), millisSince(start));
            }
            case ASK -> {
                ResultWriter.answer(exec.ask(), format, out);
                yield new QueryOutcome("ASK", 1, false, millisSince(start));
            }
            default -> {
                RowCap<Triple> triples = new RowCap<>(query.isConstructType() ? exec.constructTriples() : exec.describeTriples(),
                        policy.rowLimit());
                ResultWriter.graph(triples, query.getPrefixMapping(), format, out);
                yield new QueryOutcome(query.queryType().name(), triples.count(), triples.truncated(), millisSince(start));
            }
        });
    }

    /** Runs a SELECT and returns its rows in memory, up to the cap. */
    public Rows select(Query query, Map<String, Node> params, QueryPolicy policy) {
        if (!query.isSelectType()) {
            throw new AikgException(Kind.USAGE, "Expected a SELECT query, not " + query.queryType().name());
        }
        return execute(query, params, policy, exec -> {
            RowSet rowSet = exec.select();
            List<Var> vars = rowSet.getResultVars();
            RowCap<Binding> capped = new RowCap<>(rowSet, policy.rowLimit());
            List<List<Node>> rows = new ArrayList<>();
            capped.forEachRemaining(b -> rows.add(vars.stream().map(b::get).toList()));
            return new Rows(vars.stream().map(Var::getVarName).toList(), rows, capped.truncated());
        });
    }

    /**
     * Applies an update in one transaction, after the policy has looked at it; it stops at the deadline. On a local
     * store aikg itself fetches what a LOAD names, within the policy's caps; a remote endpoint loads by its own rules.
     */
    public void update(UpdateRequest request, QueryPolicy policy) {
        policy.check(request);
        UpdateRequest inlined = store.dataset() == null ? request : BoundedLoads.inline(request, policy);
        store.update(inlined, policy);
    }

    /** Stops every query running now; each ends with a CANCELLED failure. */
    public void cancelRunning() {
        cancelled = true;
        running.forEach(QueryExec::abort);
    }

    private <T> T execute(Query query, Map<String, Node> params, QueryPolicy policy, Function<QueryExec, T> work) {
        policy.check(query);
        if (store.dataset() != null) {
            policy.limit(query);
        }
        cancelled = false;
        return store.read(() -> {
            QueryExecBuilder builder = store.queryBuilder(query).timeout(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
            for (Map.Entry<String, Node> p : params.entrySet()) {
                builder = builder.substitution(Var.alloc(p.getKey()), p.getValue());
            }
            try (QueryExec exec = builder.build()) {
                running.add(exec);
                try {
                    return work.apply(exec);
                } finally {
                    running.remove(exec);
                }
            } catch (QueryCancelledException e) {
                throw cancelled ? new AikgException(Kind.CANCELLED, "Query cancelled") : policy.timedOut();
            }
        });
    }

    private static void checkFormat(Query query, OutputFormat format) {
        boolean tabularQuery = query.isSelectType() || query.isAskType();
        if (tabularQuery != format.tabular()) {
            throw new AikgException(Kind.USAGE, "Format " + format.cliName() + " does not fit a "
                    + query.queryType().name() + " query; use "
                    + (tabularQuery ? "table, csv, tsv, json or xml" : "turtle, ntriples, nquads, trig, jsonld or rdfxml"));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

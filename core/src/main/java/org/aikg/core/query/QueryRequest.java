package org.aikg.core.query;

import java.time.Duration;
import java.util.Map;
import org.aikg.core.policy.QueryPolicy;

/** One query to run: its text, parameter values by variable name, a deadline and a row cap. */
public record QueryRequest(String text, Map<String, String> params, Duration timeout, long rowLimit) {

    /** The deadline when none is given. */
    public static final Duration DEFAULT_TIMEOUT = QueryPolicy.DEFAULT_TIMEOUT;

    /** The row cap when none is given. */
    public static final long DEFAULT_ROW_LIMIT = QueryPolicy.DEFAULT_ROW_LIMIT;

    public QueryRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        rowLimit = rowLimit <= 0 ? DEFAULT_ROW_LIMIT : rowLimit;
    }

    /** The deadline and row cap of this request as a policy. */
    public QueryPolicy policy() {
        return new QueryPolicy(timeout, rowLimit);
    }

    /** A request with no parameters and the default deadline and cap. */
    public static QueryRequest of(String text) {
        return new QueryRequest(text, Map.of(), null, 0);
    }
}

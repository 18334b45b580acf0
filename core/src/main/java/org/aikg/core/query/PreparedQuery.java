package org.aikg.core.query;

import java.util.Map;
import org.aikg.core.policy.QueryPolicy;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** A query parsed once with its parameter values and policy, to run as often as wanted (as {@code --repeat} does). */
public record PreparedQuery(Query query, Map<String, Node> params, QueryPolicy policy) {

    public PreparedQuery {
        params = Map.copyOf(params);
    }
}

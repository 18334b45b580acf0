package org.aikg.shell.server;

import org.aikg.core.AikgException;
import org.aikg.core.policy.QueryPolicy;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/** Fuseki's query service under aikg's policy: what the policy refuses is a 400 with its message; SELECTs are capped. */
final class AikgQueryService extends SPARQL_QueryDataset {

    private final QueryPolicy policy;

    AikgQueryService(QueryPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            policy.check(query);
        } catch (AikgException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > policy.rowLimit())) {
            query.setLimit(policy.rowLimit());
        }
    }
}

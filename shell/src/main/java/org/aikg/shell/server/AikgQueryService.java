package org.aikg.shell.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** Fuseki's query service with aikg's policy: SERVICE refused, every SELECT capped at the row limit. */
final class AikgQueryService extends SPARQL_QueryDataset {

    private final long rowLimit;

    AikgQueryService(long rowLimit) {
        this.rowLimit = rowLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    ServletOps.errorBadRequest("SERVICE is refused: this endpoint queries only its own data");
                }
            });
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowLimit)) {
            query.setLimit(rowLimit);
        }
    }
}

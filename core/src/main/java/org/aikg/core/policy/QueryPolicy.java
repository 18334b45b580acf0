package org.aikg.core.policy;

import java.time.Duration;
import java.util.Locale;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.query.Query;
import org.aikg.core.load.IriCheck;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What aikg lets a query or an update do, the same on the command line, at the prompt and over HTTP: no SERVICE, no
 * LOAD of anything but http(s) and no more than a number of bytes from there, a deadline and a row cap. Its messages
 * name the problem, never a front end's option.
 */
public record QueryPolicy(Duration timeout, long rowLimit, long maxLoadBytes) {

    /** The deadline when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The row cap when none is given. */
    public static final long DEFAULT_ROW_LIMIT = 10_000;

    /** The most an update's LOAD may read from one address when no other cap is given: 64 MiB. */
    public static final long DEFAULT_MAX_LOAD_BYTES = 64L * 1024 * 1024;

    public QueryPolicy {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        rowLimit = rowLimit <= 0 ? DEFAULT_ROW_LIMIT : rowLimit;
        maxLoadBytes = maxLoadBytes <= 0 ? DEFAULT_MAX_LOAD_BYTES : maxLoadBytes;
    }

    /** A deadline and a row cap, with the default cap on what LOAD reads. */
    public QueryPolicy(Duration timeout, long rowLimit) {
        this(timeout, rowLimit, 0);
    }

    /** The default deadline and row cap. */
    public static QueryPolicy defaults() {
        return new QueryPolicy(null, 0);
    }

    /** Refuses a query that would reach outside the store. */
    public void check(Query query) {
        if (query.getQueryPattern() != null) {
            refuseService(query.getQueryPattern());
        }
    }

    /** Refuses an update that would read local files, reach outside the store, or write a malformed IRI. */
    public void check(UpdateRequest request) {
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateData data) {
                IriCheck iris = new IriCheck("update");
                data.getQuads().forEach(iris::check);
            }
            if (op instanceof UpdateLoad load && !isWeb(load.getSource())) {
                throw new AikgException(Kind.REFUSED, "LOAD <" + load.getSource()
                        + "> is refused: an update may load only http(s) addresses, never local files");
            }
            if (op instanceof UpdateModify modify && modify.getWherePattern() != null) {
                refuseService(modify.getWherePattern());
            }
        }
    }

    private static boolean isWeb(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void refuseService(Element pattern) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                throw new AikgException(Kind.REFUSED, "SERVICE is refused: aikg queries only its own store (SERVICE "
                        + el.getServiceNode() + ")");
            }
        });
    }

    /**
     * Lowers a SELECT's LIMIT to one row past the cap, so that a local engine can stop early and the cut can be told.
     * A remote endpoint gets the query as written (endpoints limit sorted results their own way) and is capped as rows
     * arrive.
     */
    public void limit(Query query) {
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowLimit + 1)) {
            query.setLimit(rowLimit + 1);
        }
    }

    /** The one line for a query that ran past the deadline. */
    public AikgException timedOut() {
        return new AikgException(Kind.TIMEOUT, "Query timed out after " + timeout.toMillis() + " ms");
    }
}

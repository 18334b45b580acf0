package org.aikg.core.profile;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Sparql;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/** Runs the profile's SELECTs with values bound as nodes (by substitution, or as a VALUES block placed first). */
final class Fetch {

    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();
    private static final QueryPolicy LIMITS = new QueryPolicy(null, 100_000);

    private final QueryRunner runner;

    Fetch(QueryRunner runner) {
        this.runner = runner;
    }

    /** The rows of a query with its variables bound to the given nodes. */
    Rows rows(String text, Map<String, Node> params) {
        return runner.select(parsed(text), params, LIMITS);
    }

    /** The first rows of a query with its variables bound to the given nodes. */
    Rows rows(String text, Map<String, Node> params, long limit) {
        return rows(text, params, limit, 0);
    }

    /** The rows of a query from an offset, at most limit of them, with its variables bound to the given nodes. */
    Rows rows(String text, Map<String, Node> params, long limit, long offset) {
        Query query = parsed(text);
        query.setLimit(limit);
        if (offset > 0) {
            query.setOffset(offset);
        }
        return runner.select(query, params, LIMITS);
    }

    /** The rows of a query for each of the nodes bound to one variable; none when there are no nodes. */
    Rows rows(String text, Map<String, Node> params, String variable, Collection<Node> nodes) {
        Query query = parsed(text);
        if (nodes.isEmpty()) {
            return new Rows(query.getResultVars(), java.util.List.of(), false);
        }
        Var var = Var.alloc(variable);
        ElementData data = new ElementData();
        data.add(var);
        nodes.stream().distinct().forEach(n -> data.add(BindingFactory.binding(var, n)));
        if (query.getQueryPattern() instanceof ElementGroup group) {
            group.getElements().add(0, data);
        } else {
            ElementGroup group = new ElementGroup();
            group.addElement(data);
            group.addElement(query.getQueryPattern());
            query.setQueryPattern(group);
        }
        return runner.select(query, params, LIMITS);
    }

    /** A count from the first row, 0 when there is none. */
    long count(String text, Map<String, Node> params) {
        Rows rows = rows(text, params);
        if (rows.size() == 0 || rows.get(0, "n") == null) {
            return 0;
        }
        return Long.parseLong(rows.get(0, "n").getLiteralLexicalForm());
    }

    private static Query parsed(String text) {
        return PARSED.computeIfAbsent(text, Sparql::parseQuery).cloneQuery();
    }
}

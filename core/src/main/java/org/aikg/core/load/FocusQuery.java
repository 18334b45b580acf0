package org.aikg.core.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.table.TableN;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;

/**
 * A SELECT query given its focus nodes as {@code VALUES $this} at the start of its pattern, compiled and optimized once and then run for
 * any focus nodes over any graph: only the table of focus nodes changes from one graph to the next. An import of a
 * million triples has thousands of graphs, and building the plan anew for each took a tenth of the validation time.
 * Should the optimizer have folded the placeholder table into something else, every run builds its plan as ARQ does.
 */
final class FocusQuery {

    private static final Var THIS = Var.alloc("this");
    private static final List<Node> PLACEHOLDER = List.of(NodeFactory.createURI("urn:x-aikg:focus-1"),
            NodeFactory.createURI("urn:x-aikg:focus-2"));

    private final Query query;
    private final Op plan;
    private final OpTable placeholder;

    FocusQuery(Query query) {
        this.query = query;
        Op optimized = Algebra.optimize(Algebra.compile(withFocus(query, PLACEHOLDER)));
        OpTable[] found = new OpTable[1];
        int[] count = {0};
        OpWalker.walk(optimized, new OpVisitorBase() {
            @Override
            public void visit(OpTable table) {
                if (table.getTable().getVars().equals(List.of(THIS)) && table.getTable().size() == PLACEHOLDER.size()
                        && Iter.toList(Iter.map(table.getTable().rows(), row -> row.get(THIS))).equals(PLACEHOLDER)) {
                    found[0] = table;
                    count[0]++;
                }
            }
        });
        this.plan = count[0] == 1 ? optimized : null;
        this.placeholder = count[0] == 1 ? found[0] : null;
    }

    /** Whether the query can be given focus nodes: a SELECT whose pattern is a group, without a VALUES clause. */
    static boolean focusable(Query query) {
        return query.isSelectType() && query.getValuesData() == null && query.getQueryPattern() instanceof ElementGroup;
    }

    /** A copy of the query whose pattern starts with {@code VALUES $this} over the focus nodes. */
    private static Query withFocus(Query original, Collection<Node> focus) {
        Query query = original.cloneQuery();
        List<Binding> rows = new ArrayList<>(focus.size());
        focus.forEach(node -> rows.add(BindingFactory.binding(THIS, node)));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(THIS), rows));
        for (Element element : ((ElementGroup) query.getQueryPattern()).getElements()) {
            group.addElement(element);
        }
        query.setQueryPattern(group);
        return query;
    }

    /** The query's rows over the graph for these focus nodes, in the order ARQ gives them. */
    void forEachRow(Graph data, Collection<Node> focus, Consumer<Binding> row) {
        if (plan == null) {
            try (QueryExec exec = QueryExec.graph(data).query(withFocus(query, focus)).build()) {
                exec.select().forEachRemaining(row);
            }
            return;
        }
        TableN table = new TableN(List.of(THIS));
        focus.forEach(node -> table.addBinding(BindingFactory.binding(THIS, node)));
        Op bound = Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpTable opTable) {
                return opTable == placeholder ? OpTable.create(table) : opTable;
            }
        }, plan);
        DatasetGraph dataset = DatasetGraphFactory.wrap(data);
        Context context = ARQ.getContext().copy();
        // What a query execution sets up: the time NOW() gives, and the query (IRI() resolves against its base).
        Context.setCurrentDateTime(context);
        context.set(ARQConstants.sysCurrentQuery, query);
        ExecutionContext execution = ExecutionContext.create(dataset, context);
        QueryIterator rows = QC.execute(bound, BindingFactory.root(), execution);
        try {
            rows.forEachRemaining(row);
        } finally {
            rows.close();
        }
    }

    /** Whether the plan is built once, rather than for every run. */
    boolean prepared() {
        return plan != null;
    }
}

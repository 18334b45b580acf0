package org.aikg.core.store.mem;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.AlgebraQuad;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterFailed;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.solver.PatternMatchData;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * ARQ's executor, with {@code GRAPH} patterns on a {@link MemDatasetGraph} run as quad patterns, the way TDB2 runs
 * them: each pattern asks the dataset for matching quads, which looks only in the graphs its index names, instead of
 * running the pattern once per named graph. Patterns on the default graph run on the union graph as usual. On any
 * other dataset (a FROM clause's, say) it is ARQ's executor unchanged.
 */
final class MemOpExecutor extends OpExecutor {

    /** Put in a dataset's context so that ARQ runs its queries with this executor. */
    static final OpExecutorFactory FACTORY = MemOpExecutor::new;

    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private MemOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    private boolean onMemDataset() {
        return execCxt.getDataset() instanceof MemDatasetGraph;
    }

    private static boolean named(Node graph) {
        return !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph);
    }

    @Override
    protected QueryIterator execute(OpGraph opGraph, QueryIterator input) {
        Op sub = opGraph.getSubOp();
        if (!onMemDataset() || !named(opGraph.getNode()) || sub instanceof OpPath || sub instanceof OpPropFunc) {
            return super.execute(opGraph, input);
        }
        return exec(AlgebraQuad.quadize(opGraph), input);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        Node graph = quadPattern.getGraphNode();
        if (!onMemDataset() || !named(graph)) {
            return super.execute(quadPattern, input);
        }
        BasicPattern pattern = quadPattern.getBasicPattern();
        if (pattern.size() >= 2) {
            BasicPattern grounded = pattern;
            if (!input.isJoinIdentity()) {
                QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
                input = peek;
                try {
                    grounded = Substitute.substitute(pattern, peek.peek());
                } catch (RuntimeException e) {
                    return new QueryIterFailed(input, execCxt, e);
                }
            }
            pattern = REORDER.reorderIndexes(grounded).reorder(pattern);
        }
        return PatternMatchData.execute(execCxt.getDataset(), graph, pattern, input, null, execCxt);
    }

    @Override
    protected QueryIterator execute(OpDatasetNames dsNames, QueryIterator input) {
        Node graph = dsNames.getGraphNode();
        DatasetGraph dataset = execCxt.getDataset();
        return new QueryIterRepeatApply(input, execCxt) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                Node name = Var.lookup(binding::get, graph);
                if (!Var.isVar(name)) {
                    return dataset.containsGraph(name) && named(name)
                            ? QueryIterSingleton.create(binding, getExecContext())
                            : QueryIterNullIterator.create(getExecContext());
                }
                Var var = Var.alloc(name);
                Iterator<Binding> rows = Iter.map(dataset.listGraphNodes(), g -> BindingFactory.binding(binding, var, g));
                return QueryIterPlainWrapper.create(rows, getExecContext());
            }
        };
    }
}

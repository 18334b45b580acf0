package org.aikg.core.tabular;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.E_BNode;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueNode;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Runs a mapping's CONSTRUCT on one row: the query is compiled and optimized once; for each row the algebra runs on an
 * empty dataset with the row's cells in place of their variables, and the template is filled from every solution.
 * When the algebra only extends, filters, unites and splits (as mappings usually do), the row is simply its input, which
 * means the same; otherwise the cells are substituted into a copy of the algebra first.
 */
final class RowMapper {

    private final Op op;
    private final boolean direct;
    private final Template template;
    private final Context context;
    private final DatasetGraph empty = DatasetGraphFactory.empty();

    RowMapper(Mapping mapping, Context context) {
        this.op = uncached(sequenced(prepare(mapping.name(), mapping.query(), context)));
        this.direct = RowInput.suffices(op);
        this.template = new Template(mapping.query().getConstructTemplate().getTriples());
        this.context = context;
    }

    /** Adds the triples the row makes to the collection (a set removes those several solutions repeat). */
    void map(Binding row, Collection<Triple> out) {
        Op bound = direct ? op : QC.substitute(op, row);
        QueryIterator solutions = QC.execute(bound, row, ExecutionContext.create(empty, context));
        try {
            while (solutions.hasNext()) {
                template.fill(solutions.next(), out);
            }
        } finally {
            solutions.close();
        }
    }

    /**
     * A join of the row's single facts (BINDs over no pattern) with patterns that do not mention what those BINDs
     * assign is the same as running the patterns after the BINDs; the latter needs no join.
     */
    private static Op sequenced(Op op) {
        if (op instanceof OpJoin join && join.getLeft() instanceof OpExtend left && isUnitExtension(left)) {
            Set<Var> assigned = new HashSet<>(OpVars.visibleVars(left));
            assigned.retainAll(OpVars.mentionedVars(join.getRight()));
            if (assigned.isEmpty()) {
                return OpSequence.create(join.getLeft(), join.getRight());
            }
        }
        return op;
    }

    /**
     * The algebra with its variables and BNODE() made to skip ARQ's shared cache of values: a table's cells and fresh
     * blank nodes rarely repeat, so every row would only fill and churn the cache (a fifth of the mapping's samples in
     * a profile).
     */
    private static Op uncached(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprVar var) {
                return new CellVar(var.asVar());
            }

            @Override
            public Expr transform(ExprFunction0 function) {
                return function instanceof E_BNode.BNode0 ? new FreshBlankNode() : super.transform(function);
            }
        }, op);
    }

    /** A variable whose IRIs, blank nodes and plain strings become values directly. */
    private static final class CellVar extends ExprVar {

        CellVar(Var var) {
            super(var);
        }

        @Override
        public NodeValue eval(Binding binding, FunctionEnv env) {
            Node node = binding.get(varNode);
            if (node != null) {
                if (node.isURI() || node.isBlank()) {
                    return new NodeValueNode(node);
                }
                if (node.isLiteral() && node.getLiteralDatatype() == XSDDatatype.XSDstring) {
                    return NodeValue.makeString(node.getLiteralLexicalForm());
                }
            }
            return super.eval(binding, env);
        }
    }

    /** BNODE(): a new blank node each time. */
    private static final class FreshBlankNode extends E_BNode.BNode0 {

        @Override
        public NodeValue eval(FunctionEnv env) {
            return new NodeValueNode(NodeFactory.createBlankNode());
        }

        @Override
        public Expr copy() {
            return new FreshBlankNode();
        }
    }

    private static boolean isUnitExtension(Op op) {
        while (op instanceof OpExtend extend) {
            op = extend.getSubOp();
        }
        return op instanceof OpTable table && table.isJoinIdentity();
    }

    /**
     * Compiles and optimizes the query with the mapping functions registered, refusing what a mapping cannot mean: SERVICE
     * (nothing is fetched), triple patterns (a row has no data to match), unknown tab: functions and tab:entity kinds.
     */
    static Op prepare(String name, Query query, Context context) {
        Op op = Algebra.optimize(Algebra.compile(query), context);
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                throw new AikgException(Kind.REFUSED, name + ": SERVICE is refused; a mapping fetches nothing");
            }
        });
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                if (!bgp.getPattern().isEmpty()) {
                    patterns(bgp.getPattern().get(0));
                }
            }

            @Override
            public void visit(OpTriple triple) {
                patterns(triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                throw new AikgException(Kind.SYNTAX, name + ": the path " + path.getTriplePath()
                        + " can match nothing; a mapping sees one row and no data");
            }

            @Override
            public void visit(OpQuadPattern quads) {
                patterns(quads.getBasicPattern().get(0));
            }

            @Override
            public void visit(OpQuad quad) {
                patterns(quad.getQuad().asTriple());
            }

            @Override
            public void visit(OpGraph graph) {
                throw new AikgException(Kind.SYNTAX, name + ": GRAPH can match nothing; a mapping sees one row and no data");
            }

            private void patterns(Triple triple) {
                String shown = FmtUtils.stringForTriple(triple, query.getPrefixMapping());
                String hint = triple.getPredicate().isURI() && triple.getPredicate().getURI().startsWith(TabularFunctions.NS)
                        ? " (the only property function is tab:split)" : "";
                throw new AikgException(Kind.SYNTAX, name + ": the triple pattern " + shown
                        + " can match nothing; a mapping sees one row and no data" + hint);
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function call && call.getFunctionIRI().startsWith(TabularFunctions.NS)) {
                    String local = call.getFunctionIRI().substring(TabularFunctions.NS.length());
                    if (!TabularFunctions.FUNCTIONS.contains(local)) {
                        throw new AikgException(Kind.SYNTAX, name + ": unknown function tab:" + local + "; the functions are "
                                + String.join(", ", TabularFunctions.FUNCTIONS.stream().sorted().map(f -> "tab:" + f).toList()));
                    }
                    if (local.equals("entity") && call.getArgs().size() == 2 && call.getArg(1).isConstant()) {
                        Node kind = call.getArg(1).getConstant().asNode();
                        if (!kind.isLiteral() || org.aikg.core.tabular.Kind.named(kind.getLiteralLexicalForm()).isEmpty()) {
                            throw new AikgException(Kind.SYNTAX, name + ": tab:entity: unknown kind "
                                    + FmtUtils.stringForNode(kind) + "; use " + org.aikg.core.tabular.Kind.words());
                        }
                    }
                }
            }
        });
        return op;
    }
}

package org.aikg.core.tabular;

import java.util.Set;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorByType;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLabel;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpModifier;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Whether an algebra can run with the row as its input binding and mean the same as with the row's cells substituted:
 * true when every operator hands its input down to its parts (extend, filter, union, sequence, index optional,
 * property functions, tables); false for joins, left joins, minus, subqueries and EXISTS, which Jena may evaluate
 * apart from the input.
 */
final class RowInput {

    private static final Set<Class<? extends Op>> PASS_INPUT = Set.of(OpExtend.class, OpFilter.class, OpUnion.class,
            OpSequence.class, OpConditional.class, OpPropFunc.class, OpTable.class, OpLabel.class);

    private RowInput() {}

    static boolean suffices(Op op) {
        boolean[] ok = {true};
        Walker.walk(op, new OpVisitorByType() {
            private void check(Op op) {
                ok[0] &= PASS_INPUT.contains(op.getClass());
            }

            @Override
            protected void visitN(OpN op) {
                check(op);
            }

            @Override
            protected void visit2(Op2 op) {
                check(op);
            }

            @Override
            protected void visit1(Op1 op) {
                check(op);
            }

            @Override
            protected void visit0(Op0 op) {
                check(op);
            }

            @Override
            protected void visitExt(OpExt op) {
                ok[0] = false;
            }

            @Override
            protected void visitFilter(OpFilter op) {
                check(op);
            }

            @Override
            protected void visitLeftJoin(OpLeftJoin op) {
                ok[0] = false;
            }

            @Override
            protected void visitModifer(OpModifier op) {
                ok[0] = false;
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                ok[0] = false;
            }
        });
        return ok[0];
    }
}

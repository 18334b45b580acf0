package org.aikg.core.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;

/**
 * The property function {@code (?item ?position ?count) tab:split (?text "separator")}: one solution per item of the
 * text, split where the separator (a regular expression, "," when omitted) matches, each item trimmed and empty items
 * dropped; the position counts from 1 and the count is the number of items. The subject may be just {@code ?item}.
 */
final class Split extends PropertyFunctionBase {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    Split() {
        super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        super.build(subject, predicate, object, execCxt);
        int outputs = subject.isNode() ? 1 : subject.getArgListSize();
        int inputs = object.isNode() ? 1 : object.getArgListSize();
        if (outputs < 1 || outputs > 3 || inputs < 1 || inputs > 2) {
            throw new org.apache.jena.query.QueryBuildException(
                    "tab:split takes (?item ?position ?count) on the left and (?text \"separator\") on the right");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        Node text = value(object.isNode() ? object.getArg() : object.getArg(0), binding);
        Node separator = object.isList() && object.getArgListSize() > 1 ? value(object.getArg(1), binding) : null;
        if (text == null || !text.isLiteral() || separator != null && !separator.isLiteral()) {
            return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), execCxt);
        }
        List<String> items = items(text.getLiteralLexicalForm(), separator == null ? "," : separator.getLiteralLexicalForm());
        List<Node> outputs = subject.isNode() ? List.of(subject.getArg()) : subject.getArgList();
        List<Binding> solutions = new ArrayList<>(items.size());
        Node count = NodeFactory.createLiteralDT(Integer.toString(items.size()), XSDDatatype.XSDinteger);
        for (int i = 0; i < items.size(); i++) {
            Node[] values = {NodeFactory.createLiteralString(items.get(i)),
                NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger), count};
            BindingBuilder solution = Binding.builder(binding);
            boolean matches = true;
            for (int k = 0; k < outputs.size() && matches; k++) {
                Node out = value(outputs.get(k), binding);
                if (out == null) {
                    solution.add(Var.alloc(outputs.get(k)), values[k]);
                } else {
                    matches = out.sameValueAs(values[k]);
                }
            }
            if (matches) {
                solutions.add(solution.build());
            }
        }
        return QueryIterPlainWrapper.create(solutions.iterator(), execCxt);
    }

    /** The items of a text: split where the separator matches, trimmed, empties dropped. */
    static List<String> items(String text, String separator) {
        Pattern pattern;
        try {
            pattern = PATTERNS.computeIfAbsent(separator, Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new RowError("tab:split: the separator " + CellType.quoted(separator) + " is not a regular expression");
        }
        List<String> items = new ArrayList<>();
        for (String item : pattern.split(text, -1)) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    /** The value of an argument: the node itself, the variable's value, or null for an unbound variable. */
    private static Node value(Node arg, Binding binding) {
        if (Var.isVar(arg)) {
            return binding.get(Var.alloc(arg));
        }
        return arg;
    }
}

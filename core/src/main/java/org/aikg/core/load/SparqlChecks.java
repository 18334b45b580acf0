package org.aikg.core.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;

/**
 * The SPARQL constraints of node shapes, each run once for all the focus nodes of a graph instead of once per node.
 * Jena's SHACL engine builds, optimizes and runs a constraint's query for every focus node it checks; on an import of a
 * million triples that was most of the validation time. Here the focus nodes are given to the query as a
 * {@code VALUES $this} block at the start of its pattern, which ARQ joins by substitution, so the answer is the one the
 * engine's pre-binding gives for each node, and the report entries are the same. Only constraints that need nothing
 * else pre-bound are taken over (SELECT queries of node shapes that no other shape refers to, using neither
 * {@code $currentShape} nor {@code $shapesGraph}); any other stays with Jena's engine.
 */
final class SparqlChecks {

    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[?$]([A-Za-z_][A-Za-z0-9_]*)\\}");

    private final Map<Node, List<SparqlConstraint>> byShape;
    private final Map<SparqlConstraint, FocusQuery> prepared = new HashMap<>();

    private SparqlChecks(Map<Node, List<SparqlConstraint>> byShape) {
        this.byShape = byShape;
        byShape.values().forEach(constraints -> constraints.forEach(c -> prepared.put(c, new FocusQuery(c.getQuery()))));
    }

    /** The checks taken over from the shapes, and the shapes graph without them, for Jena's engine to run the rest. */
    record Split(SparqlChecks checks, Graph rest) {}

    static Split split(Graph shapesGraph) {
        Shapes all = Shapes.parse(shapesGraph);
        Map<Node, List<SparqlConstraint>> taken = new HashMap<>();
        Graph rest = GraphFactory.createDefaultGraph();
        rest.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        shapesGraph.find().forEachRemaining(rest::add);
        for (Shape shape : all.getShapeMap().values()) {
            List<SparqlConstraint> constraints = sparqlConstraints(shape);
            if (constraints.isEmpty() || !shape.isNodeShape() || shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())
                    || !constraints.stream().allMatch(SparqlChecks::selfContained)) {
                continue;
            }
            taken.put(shape.getShapeNode(), constraints);
            rest.remove(shape.getShapeNode(), SHACL.sparql, Node.ANY);
        }
        return new Split(new SparqlChecks(taken), rest);
    }

    private static List<SparqlConstraint> sparqlConstraints(Shape shape) {
        List<SparqlConstraint> found = new ArrayList<>();
        for (Constraint c : shape.getConstraints()) {
            if (c instanceof SparqlConstraint sparql) {
                found.add(sparql);
            }
        }
        return found;
    }

    private static boolean selfContained(SparqlConstraint constraint) {
        Query query = constraint.getQuery();
        if (!FocusQuery.focusable(query)) {
            return false;
        }
        String text = query.toString();
        return !text.contains("currentShape") && !text.contains("shapesGraph") && !text.contains("PATH");
    }

    /** Whether a shape has checks here, so that its focus nodes are to be collected. */
    boolean covers(Shape shape) {
        return byShape.containsKey(shape.getShapeNode());
    }

    /** Runs every taken-over constraint of the shapes once over their focus nodes, reporting into the context. */
    void run(ValidationContext context, Graph data, Map<Shape, Set<Node>> focusByShape) {
        for (Map.Entry<Shape, Set<Node>> entry : focusByShape.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            for (SparqlConstraint constraint : byShape.getOrDefault(entry.getKey().getShapeNode(), List.of())) {
                run(context, data, entry.getKey(), constraint, entry.getValue());
            }
        }
    }

    private void run(ValidationContext context, Graph data, Shape shape, SparqlConstraint constraint, Collection<Node> focus) {
        prepared.get(constraint).forEachRow(data, focus, row -> {
            Node node = row.get(THIS);
            Node value = row.get(VALUE) != null ? row.get(VALUE) : node;
            Node path = row.get(PATH);
            if (node == null) {
                return;
            }
            String message = constraint.getMessage() == null
                    ? "SPARQL SELECT constraint for " + ShLib.displayStr(node) + " returns " + ShLib.displayStr(value)
                    : fill(constraint.getMessage(), row);
            Path reportPath = path == null ? null : PathFactory.pathLink(path);
            context.reportEntry(message, shape, node, reportPath, value, constraint);
        });
    }

    /** Whether every taken-over constraint's plan is built once. */
    boolean allPrepared() {
        return prepared.values().stream().allMatch(FocusQuery::prepared);
    }

    /** The message with each {@code {?var}} replaced by the row's value, as Jena's engine writes it. */
    private static String fill(String template, Binding row) {
        Matcher m = TEMPLATE_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Node value = row.get(Var.alloc(m.group(1)));
            String text = value == null ? m.group() : value.isLiteral() ? value.getLiteralLexicalForm() : ShLib.displayStr(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}

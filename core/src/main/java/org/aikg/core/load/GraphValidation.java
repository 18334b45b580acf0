package org.aikg.core.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates what one graph describes: the shapes run only on the nodes that graph makes targets (its subjects, by
 * their classes, and the objects and subjects of the properties shapes target), against data that may hold more (the
 * context every graph relies on, and what the store already says). Finding the targets from the described graph keeps
 * the cost in proportion to that graph, however large the context.
 */
final class GraphValidation {

    private static final Var THIS = Var.alloc("this");

    private final Shapes shapes;
    private final SparqlChecks sparql;
    private final Map<Node, List<Shape>> byClass = new HashMap<>();
    private final Map<Node, List<Shape>> byObjectsOf = new HashMap<>();
    private final Map<Node, List<Shape>> bySubjectsOf = new HashMap<>();
    private final Map<Node, List<Shape>> byNode = new HashMap<>();
    private final List<Extension> byExtension = new ArrayList<>();

    /** A shape's extension target, with its SPARQL query parsed and planned once (null when it has none). */
    private record Extension(Shape shape, Target target, FocusQuery query) {}

    /** Reads the shapes graph; the SPARQL constraints that can be are run per graph ({@link SparqlChecks}). */
    GraphValidation(Graph shapesGraph) {
        SparqlChecks.Split split = SparqlChecks.split(shapesGraph);
        this.shapes = Shapes.parse(split.rest());
        this.sparql = split.checks();
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated()) {
                continue;
            }
            for (Target target : shape.getTargets()) {
                Map<Node, List<Shape>> index = switch (target.getTargetType()) {
                    case targetClass, implicitClass -> byClass;
                    case targetObjectsOf -> byObjectsOf;
                    case targetSubjectsOf -> bySubjectsOf;
                    case targetNode -> byNode;
                    case targetExtension -> null;
                };
                if (index == null) {
                    byExtension.add(new Extension(shape, target, sparqlTarget(split.rest(), target)));
                } else {
                    index.computeIfAbsent(target.getObject(), k -> new ArrayList<>()).add(shape);
                }
            }
        }
    }

    /** The violations of the nodes that {@code described} targets, checked against {@code data}. */
    List<ReportEntry> violations(Graph described, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Shape, Set<Node>> sparqlFocus = new HashMap<>();
        BiConsumer<Shape, Node> check = (shape, focus) -> {
            VLib.validateShape(context, data, shape, focus);
            if (sparql.covers(shape)) {
                sparqlFocus.computeIfAbsent(shape, k -> new LinkedHashSet<>()).add(focus);
            }
        };
        Map<Node, Set<Node>> superclasses = new HashMap<>();
        Set<Node> subjects = new HashSet<>();
        ExtendedIterator<Triple> all = described.find();
        while (all.hasNext()) {
            Node subject = all.next().getSubject();
            if (subjects.add(subject)) {
                for (Shape shape : classShapes(subject, data, superclasses)) {
                    check.accept(shape, subject);
                }
                for (Shape shape : byNode.getOrDefault(subject, List.of())) {
                    check.accept(shape, subject);
                }
            }
        }
        byPredicate(described, byObjectsOf, true, check);
        byPredicate(described, bySubjectsOf, false, check);
        for (Extension extension : byExtension) {
            // A SPARQL target selects among the described graph's own statements: run over the whole data (the
            // context graphs hold every entity), it would scan all of it once per graph of an import.
            for (Node focus : focusNodes(described, extension, subjects)) {
                if (subjects.contains(focus)) {
                    check.accept(extension.shape(), focus);
                }
            }
        }
        sparql.run(context, data, sparqlFocus);
        ValidationReport report = context.generateReport();
        return new ArrayList<>(report.getEntries());
    }

    /** The query of a SPARQL-based target, parsed and planned once here rather than by Jena's engine on every use. */
    private static FocusQuery sparqlTarget(Graph shapesGraph, Target target) {
        if (!shapesGraph.contains(target.getObject(), SHACL.select, Node.ANY)) {
            return null;
        }
        Query query = ShLib.extractSPARQLQuery(shapesGraph, target.getObject());
        return FocusQuery.focusable(query) ? new FocusQuery(query) : null;
    }

    /**
     * The nodes an extension target selects among the graph's subjects. A SPARQL target is given the subjects as a
     * {@code VALUES ?this} block, so that a filter on {@code ?this} runs once per subject, not once per statement.
     */
    private static Collection<Node> focusNodes(Graph described, Extension extension, Collection<Node> subjects) {
        if (extension.query() == null) {
            return VLib.focusNodes(described, extension.target());
        }
        Set<Node> focus = new LinkedHashSet<>();
        extension.query().forEachRow(described, subjects, row -> {
            Node node = row.get(THIS);
            if (node != null) {
                focus.add(node);
            }
        });
        return focus;
    }

    private void byPredicate(Graph described, Map<Node, List<Shape>> index, boolean objects, BiConsumer<Shape, Node> check) {
        for (Map.Entry<Node, List<Shape>> entry : index.entrySet()) {
            Set<Node> done = new HashSet<>();
            ExtendedIterator<Triple> found = described.find(Node.ANY, entry.getKey(), Node.ANY);
            while (found.hasNext()) {
                Triple t = found.next();
                Node focus = objects ? t.getObject() : t.getSubject();
                if (done.add(focus)) {
                    for (Shape shape : entry.getValue()) {
                        check.accept(shape, focus);
                    }
                }
            }
        }
    }

    /** The shapes that target a node by its classes, or by their superclasses, as the data states them. */
    private Collection<Shape> classShapes(Node node, Graph data, Map<Node, Set<Node>> superclasses) {
        Set<Shape> found = new LinkedHashSet<>();
        ExtendedIterator<Triple> types = data.find(node, RDF.type.asNode(), Node.ANY);
        while (types.hasNext()) {
            Node type = types.next().getObject();
            for (Node c : superclasses.computeIfAbsent(type, t -> closure(t, data))) {
                found.addAll(byClass.getOrDefault(c, List.of()));
            }
        }
        return found;
    }

    private static Set<Node> closure(Node type, Graph data) {
        Set<Node> classes = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (classes.add(c)) {
                data.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
            }
        }
        return classes;
    }
}

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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
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

    private final Shapes shapes;
    private final Map<Node, List<Shape>> byClass = new HashMap<>();
    private final Map<Node, List<Shape>> byObjectsOf = new HashMap<>();
    private final Map<Node, List<Shape>> bySubjectsOf = new HashMap<>();
    private final Map<Node, List<Shape>> byNode = new HashMap<>();
    private final List<Map.Entry<Shape, Target>> byExtension = new ArrayList<>();

    GraphValidation(Shapes shapes) {
        this.shapes = shapes;
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
                    byExtension.add(Map.entry(shape, target));
                } else {
                    index.computeIfAbsent(target.getObject(), k -> new ArrayList<>()).add(shape);
                }
            }
        }
    }

    /** The violations of the nodes that {@code described} targets, checked against {@code data}. */
    List<ReportEntry> violations(Graph described, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Node, Set<Node>> superclasses = new HashMap<>();
        Set<Node> subjects = new HashSet<>();
        ExtendedIterator<Triple> all = described.find();
        while (all.hasNext()) {
            Node subject = all.next().getSubject();
            if (subjects.add(subject)) {
                for (Shape shape : classShapes(subject, data, superclasses)) {
                    VLib.validateShape(context, data, shape, subject);
                }
                for (Shape shape : byNode.getOrDefault(subject, List.of())) {
                    VLib.validateShape(context, data, shape, subject);
                }
            }
        }
        byPredicate(described, data, context, byObjectsOf, true);
        byPredicate(described, data, context, bySubjectsOf, false);
        for (Map.Entry<Shape, Target> extension : byExtension) {
            // A SPARQL target selects among the described graph's own statements: run over the whole data (the
            // context graphs hold every entity), it would scan all of it once per graph of an import.
            for (Node focus : VLib.focusNodes(described, extension.getValue())) {
                if (subjects.contains(focus)) {
                    VLib.validateShape(context, data, extension.getKey(), focus);
                }
            }
        }
        ValidationReport report = context.generateReport();
        return new ArrayList<>(report.getEntries());
    }

    private void byPredicate(Graph described, Graph data, ValidationContext context, Map<Node, List<Shape>> index,
            boolean objects) {
        for (Map.Entry<Node, List<Shape>> entry : index.entrySet()) {
            Set<Node> done = new HashSet<>();
            ExtendedIterator<Triple> found = described.find(Node.ANY, entry.getKey(), Node.ANY);
            while (found.hasNext()) {
                Triple t = found.next();
                Node focus = objects ? t.getObject() : t.getSubject();
                if (done.add(focus)) {
                    for (Shape shape : entry.getValue()) {
                        VLib.validateShape(context, data, shape, focus);
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

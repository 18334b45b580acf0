package org.aikg.core.tabular;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A CONSTRUCT template filled from solutions: a triple is written when all its variables are bound and it is a valid
 * triple (subject an IRI or blank node, predicate an IRI); the template's own blank nodes are new for each solution.
 * The variables of each solution are read once into an array, which keeps large templates cheap to fill.
 */
final class Template {

    private final Map<Var, Integer> slots = new HashMap<>();
    private final Node[][] constants;
    private final int[][] variables;

    Template(List<Triple> triples) {
        constants = new Node[triples.size()][];
        variables = new int[triples.size()][];
        for (int t = 0; t < triples.size(); t++) {
            Triple triple = triples.get(t);
            Node[] nodes = {triple.getSubject(), triple.getPredicate(), triple.getObject()};
            constants[t] = new Node[3];
            variables[t] = new int[3];
            for (int k = 0; k < 3; k++) {
                if (Var.isVar(nodes[k])) {
                    variables[t][k] = slots.computeIfAbsent(Var.alloc(nodes[k]), v -> slots.size());
                } else {
                    constants[t][k] = nodes[k];
                    variables[t][k] = -1;
                }
            }
        }
    }

    /** Adds the triples of the template that this solution fills. */
    void fill(Binding solution, Collection<Triple> out) {
        Node[] values = new Node[slots.size()];
        solution.forEach((var, value) -> {
            Integer slot = slots.get(var);
            if (slot != null && values[slot] == null) {
                values[slot] = value;
            }
        });
        Map<Node, Node> blanks = null;
        Node[] spo = new Node[3];
        triples:
        for (int t = 0; t < constants.length; t++) {
            for (int k = 0; k < 3; k++) {
                int slot = variables[t][k];
                Node node = slot >= 0 ? values[slot] : constants[t][k];
                if (node == null) {
                    continue triples;
                }
                if (node.isBlank() && slot < 0) {
                    if (blanks == null) {
                        blanks = new HashMap<>();
                    }
                    node = blanks.computeIfAbsent(node, b -> NodeFactory.createBlankNode());
                }
                spo[k] = node;
            }
            if ((spo[0].isURI() || spo[0].isBlank()) && spo[1].isURI()) {
                out.add(Triple.create(spo[0], spo[1], spo[2]));
            }
        }
    }
}

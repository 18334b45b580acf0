package org.aikg.core.store.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The node-to-graphs index agrees with plain maps of sets through random additions, removals and merges. */
class NodeGraphsTest {

    private static final int NODES = 400;
    private static final int GRAPHS = 12;

    private static Node node(int i) {
        return i % 3 == 0 ? NodeFactory.createLiteralString("v" + i) : NodeFactory.createURI("http://example.org/n" + i);
    }

    private static int[] expected(Map<Node, TreeSet<Integer>> model, Node node) {
        return model.getOrDefault(node, new TreeSet<>()).stream().mapToInt(Integer::intValue).toArray();
    }

    private static void apply(NodeGraphs index, Map<Node, TreeSet<Integer>> subjects, Map<Node, TreeSet<Integer>> objects,
            SplittableRandom random, int operations) {
        for (int i = 0; i < operations; i++) {
            Node node = node(random.nextInt(NODES));
            int graph = random.nextInt(GRAPHS);
            boolean subject = random.nextBoolean();
            Map<Node, TreeSet<Integer>> model = subject ? subjects : objects;
            if (random.nextInt(3) > 0) {
                if (subject) {
                    index.addSubject(node, graph);
                } else {
                    index.addObject(node, graph);
                }
                model.computeIfAbsent(node, n -> new TreeSet<>()).add(graph);
            } else {
                if (subject) {
                    index.removeSubject(node, graph);
                } else {
                    index.removeObject(node, graph);
                }
                model.computeIfAbsent(node, n -> new TreeSet<>()).remove(graph);
            }
        }
    }

    private static void assertSame(NodeGraphs index, Map<Node, TreeSet<Integer>> subjects, Map<Node, TreeSet<Integer>> objects) {
        int held = 0;
        for (int i = 0; i < NODES; i++) {
            Node node = node(i);
            assertThat(index.subjectGraphs(node)).as("subject %s", node).containsExactly(expected(subjects, node));
            assertThat(index.objectGraphs(node)).as("object %s", node).containsExactly(expected(objects, node));
            boolean used = expected(subjects, node).length + expected(objects, node).length > 0;
            assertThat(index.canonical(node) != null).as("held %s", node).isEqualTo(used);
            held += used ? 1 : 0;
        }
        assertThat(index.size()).isEqualTo(held);
    }

    @Test
    void lookupsAgreeWithMapsOfSetsThroughAdditionsAndRemovals() {
        SplittableRandom random = new SplittableRandom(7);
        NodeGraphs index = new NodeGraphs();
        Map<Node, TreeSet<Integer>> subjects = new HashMap<>();
        Map<Node, TreeSet<Integer>> objects = new HashMap<>();
        for (int round = 0; round < 20; round++) {
            apply(index, subjects, objects, random, 2_000);
            assertSame(index, subjects, objects);
        }
    }

    @Test
    void mergingTwoIndexesGivesTheUnionOfTheirSets() {
        SplittableRandom random = new SplittableRandom(11);
        NodeGraphs first = new NodeGraphs();
        NodeGraphs second = new NodeGraphs();
        Map<Node, TreeSet<Integer>> subjects = new HashMap<>();
        Map<Node, TreeSet<Integer>> objects = new HashMap<>();
        Map<Node, TreeSet<Integer>> otherSubjects = new HashMap<>();
        Map<Node, TreeSet<Integer>> otherObjects = new HashMap<>();
        apply(first, subjects, objects, random, 3_000);
        apply(second, otherSubjects, otherObjects, random, 3_000);
        first.addAll(second);
        otherSubjects.forEach((n, s) -> subjects.computeIfAbsent(n, x -> new TreeSet<>()).addAll(s));
        otherObjects.forEach((n, s) -> objects.computeIfAbsent(n, x -> new TreeSet<>()).addAll(s));
        assertSame(first, subjects, objects);
    }

    @Test
    void theFirstInstanceOfANodeIsTheOneTheIndexHandsOut() {
        NodeGraphs index = new NodeGraphs();
        Node first = NodeFactory.createURI("http://example.org/same");
        Node second = NodeFactory.createURI("http://example.org/same");
        assertThat(index.addSubject(first, 3)).isSameAs(first);
        assertThat(index.addObject(second, 5)).isSameAs(first);
        assertThat(index.canonical(second)).isSameAs(first);
    }
}

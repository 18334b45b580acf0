package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Two graphs read as one give each triple once, whichever holds it, for every pattern. */
class OverlayTest {

    private static final Node S = NodeFactory.createURI("http://example.org/s");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static Triple t(String object) {
        return Triple.create(S, P, NodeFactory.createLiteralString(object));
    }

    @Test
    void aTripleBothGraphsHoldIsGivenOnceAndEveryOtherTripleOnce() {
        Graph first = GraphFactory.createDefaultGraph();
        Graph second = GraphFactory.createDefaultGraph();
        first.add(t("a"));
        first.add(t("shared"));
        second.add(t("shared"));
        second.add(t("b"));

        Overlay both = new Overlay(first, second);

        assertThat(both.find(S, P, Node.ANY).toList()).containsExactlyInAnyOrder(t("a"), t("shared"), t("b"));
        assertThat(both.find().toList()).hasSize(3);
        assertThat(both.size()).isEqualTo(3);
        assertThat(both.contains(t("b"))).isTrue();
        assertThat(both.contains(S, Node.ANY, NodeFactory.createLiteralString("a"))).isTrue();
        assertThat(both.contains(t("c"))).isFalse();
        assertThat(new Overlay(GraphFactory.createDefaultGraph(), GraphFactory.createDefaultGraph()).isEmpty()).isTrue();
    }
}

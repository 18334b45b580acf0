package org.aikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

class SourcesTest {

    private static final Node CATALOGUE = NodeFactory.createURI("https://w3id.org/aikg/graph/sources");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    private static final Node PUBLISHER = NodeFactory.createURI("http://purl.org/dc/terms/publisher");
    private static final Node ISSUED = NodeFactory.createURI("http://purl.org/dc/terms/issued");
    private static final Node URL = NodeFactory.createURI("https://schema.org/url");

    @Test
    void everySourceGraphIsDescribedInTheCatalogue() {
        DatasetGraph dsg = BundledData.load();
        List<Node> sources = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith("https://w3id.org/aikg/source/")) {
                sources.add(g);
            }
        });
        assertThat(sources).hasSizeGreaterThanOrEqualTo(8);
        for (Node source : sources) {
            for (Node property : List.of(TITLE, PUBLISHER, ISSUED, URL)) {
                assertThat(dsg.contains(CATALOGUE, source, property, Node.ANY))
                        .as("%s has %s", source, property).isTrue();
            }
        }
    }

    @Test
    void theArticleIsSourceNumberOneWithItsOwnGraph() {
        DatasetGraph dsg = BundledData.load();
        Node article = NodeFactory.createURI("https://w3id.org/aikg/source/computerworld-ai-bust");
        assertThat(dsg.containsGraph(article)).isTrue();
        assertThat(dsg.getGraph(article).size()).isGreaterThan(250);
    }
}

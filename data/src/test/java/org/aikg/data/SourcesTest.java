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
    void eachFilersCentralIndexKeyIsTheNumberInItsFilingsEdgarAddress() {
        DatasetGraph dsg = BundledData.load();
        Node cik = NodeFactory.createURI("https://w3id.org/aikg/ns#secCentralIndexKey");
        Node creator = NodeFactory.createURI("http://purl.org/dc/terms/creator");
        List<String> checked = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, cik, Node.ANY).forEachRemaining(q -> {
            Node filing = q.getGraph();
            String url = dsg.find(CATALOGUE, filing, URL, Node.ANY).next().getObject().getURI();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/edgar/data/(\\d+)/").matcher(url);
            assertThat(m.find()).as(url).isTrue();
            assertThat(q.getObject().getLiteralLexicalForm()).as("CIK of %s", q.getSubject())
                    .isEqualTo(String.format("%010d", Long.parseLong(m.group(1))));
            assertThat(dsg.contains(CATALOGUE, filing, creator, q.getSubject())).as("%s filed %s", q.getSubject(), filing)
                    .isTrue();
            checked.add(q.getSubject().getURI());
        });
        assertThat(checked).hasSize(4);
    }

    @Test
    void wikidataLinksAreEntityIrisOnePerEntity() {
        DatasetGraph dsg = BundledData.load();
        Node exactMatch = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
        Node registry = NodeFactory.createURI("https://w3id.org/aikg/graph/entities");
        java.util.Map<Node, Integer> links = new java.util.HashMap<>();
        dsg.find(registry, Node.ANY, exactMatch, Node.ANY).forEachRemaining(q -> {
            assertThat(q.getObject().getURI()).matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*");
            links.merge(q.getSubject(), 1, Integer::sum);
        });
        assertThat(links).hasSizeGreaterThanOrEqualTo(15).allSatisfy((entity, n) -> assertThat(n).as("%s", entity).isEqualTo(1));
        assertThat(new java.util.HashSet<>(dsg.stream().filter(q -> q.getPredicate().equals(exactMatch))
                .map(q -> q.getObject()).toList())).hasSize(links.size());
    }

    @Test
    void theArticleIsSourceNumberOneWithItsOwnGraph() {
        DatasetGraph dsg = BundledData.load();
        Node article = NodeFactory.createURI("https://w3id.org/aikg/source/computerworld-ai-bust");
        assertThat(dsg.containsGraph(article)).isTrue();
        assertThat(dsg.getGraph(article).size()).isGreaterThan(250);
    }
}

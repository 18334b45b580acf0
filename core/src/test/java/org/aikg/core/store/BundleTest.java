package org.aikg.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The bundle a store loads is the one built at build time, and that is exactly what the curated files say. */
class BundleTest {

    @Test
    void theBuildShipsAPrebuiltBundle() {
        assertThat(Bundle.class.getClassLoader().getResource(Bundle.PREBUILT)).isNotNull();
    }

    @Test
    void thePrebuiltBundleHoldsTheSameQuadsAsTheCuratedFiles() {
        DatasetGraph prebuilt = DatasetGraphFactory.createTxnMem();
        prebuilt.executeWrite(() -> Bundle.loadInto(prebuilt));
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        parsed.executeWrite(() -> Bundle.loadSources(parsed));
        prebuilt.executeRead(() -> parsed.executeRead(() -> {
            assertThat(prebuilt.stream().count()).isEqualTo(parsed.stream().count()).isPositive();
            assertThat(prebuilt.getDefaultGraph().isIsomorphicWith(parsed.getDefaultGraph())).as("default graph").isTrue();
            assertThat(Iter.toList(prebuilt.listGraphNodes())).containsExactlyInAnyOrderElementsOf(Iter.toList(parsed.listGraphNodes()));
            parsed.listGraphNodes().forEachRemaining(name ->
                    assertThat(prebuilt.getGraph(name).isIsomorphicWith(parsed.getGraph(name))).as("graph " + name).isTrue());
        }));
    }
}

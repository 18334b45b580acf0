package org.aikg.core.tabular;

import static org.aikg.core.tabular.TabularFixtures.ask;
import static org.aikg.core.tabular.TabularFixtures.load;
import static org.aikg.core.tabular.TabularFixtures.quads;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aikg.core.load.ImportReport;
import org.aikg.core.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Epoch table imported with its shipped mapping through the real importer: validated, catalogued, repeatable. */
class EpochImportTest {

    @TempDir
    Path dir;

    @Test
    void theBundledTableConformsToTheShapesAndComesWithItsCatalogueEntry() {
        try (LocalStore store = LocalStore.tdb2(dir.resolve("db"))) {
            ImportReport report = load(store, TabularFixtures.EPOCH_CSV, "epoch-notable");
            assertThat(report.quads()).isPositive();
            assertThat(ask(store, """
                    ASK { GRAPH <https://w3id.org/aikg/graph/sources> {
                      src:epoch-notable-ai-models <http://purl.org/dc/terms/publisher> id:epoch-ai ;
                          <http://purl.org/dc/terms/license> <http://spdx.org/licenses/CC-BY-4.0> ;
                          <http://purl.org/dc/terms/issued> "2025-02-24"^^xsd:date ;
                          schema:url <https://epoch.ai/data/notable-ai-models> ;
                          <http://purl.org/dc/terms/bibliographicCitation> ?citation } }""")).isTrue();

            long before = quads(store);
            load(store, TabularFixtures.EPOCH_CSV, "epoch-notable");
            assertThat(quads(store)).as("a second import of the same table adds nothing").isEqualTo(before);
        }
    }
}

package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aikg.core.query.QueryRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {

    @TempDir
    Path dir;

    private static long count(KnowledgeGraph graph) {
        return Long.parseLong(graph.select(QueryRequest.of("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
                .get(0, "n").getLiteralLexicalForm());
    }

    @Test
    void aNewStoreStartsWithTheBundledGraphAndAnswersLikeTheMemoryStore() {
        Path store = dir.resolve("db");
        long inMemory;
        try (KnowledgeGraph memory = KnowledgeGraph.inMemory()) {
            inMemory = count(memory);
        }
        try (KnowledgeGraph tdb = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            assertThat(tdb.storeDescription()).startsWith("TDB2 at ");
            assertThat(count(tdb)).isEqualTo(inMemory);
            assertThat(tdb.selectNamed("price-ratio", java.util.Map.of()).get(0, "ratio").getLiteralLexicalForm())
                    .isEqualTo("53.57");
        }
        assertThat(store.resolve("tdb.lock")).exists();
    }
}

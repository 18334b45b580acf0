package org.aikg.core.tabular;

import static org.aikg.core.tabular.TabularFixtures.load;
import static org.aikg.core.tabular.TabularFixtures.quads;
import static org.aikg.core.tabular.TabularFixtures.select;
import static org.aikg.core.tabular.TabularFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.aikg.core.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tab:entity against the bundled registry, through the real importer and validator on TDB2: exact names and aliases of
 * the right kind are the registry's entities; anything else is minted, and names never share an IRI.
 */
class ReconciliationTest {

    private static final String MAPPING = """
            # One named thing per row, for testing reconciliation.
            # @graph <https://example.org/sources/names>
            # @column ?row  "row"  string required
            # @column ?kind "kind" string required
            # @column ?name "name" string required
            PREFIX tab:    <https://w3id.org/aikg/tabular#>
            PREFIX schema: <https://schema.org/>
            CONSTRUCT { ?thing a ?type . ?new schema:name ?name . ?line schema:about ?thing }
            WHERE {
              BIND (tab:entity(?kind, ?name) AS ?thing)
              BIND (tab:minted(?thing) AS ?new)
              BIND (tab:lookup(?kind, "org", schema:Organization, "person", schema:Person) AS ?type)
              BIND (IRI(CONCAT("https://example.org/row/", ?row)) AS ?line)
            }
            """;

    @TempDir
    Path dir;

    @Test
    void registryNamesAndAliasesOfTheRightKindMatchAndEverythingElseIsMinted() throws Exception {
        Path mapping = write(dir, "names.rq", MAPPING);
        Path csv = write(dir, "names.csv", """
                row,kind,name
                1,org,Meta AI
                2,org,Acme Robotics
                3,person,Quoc V Le
                4,person,Quoc V. Le
                5,person,Quoc V-Le
                6,person,OpenAI
                7,org,Google DeepMind
                8,org,Google
                """);
        try (LocalStore store = TabularFixtures.withoutEpoch(LocalStore.tdb2(dir.resolve("db")))) {
            load(store, csv, mapping.toString());
            assertThat(entities(store)).containsExactly("id:meta", "id:acme-robotics", "id:quoc-v-le", "id:quoc-v-le-person",
                    "id:quoc-v-le-person-2", "id:openai-person", "id:google-deepmind", "id:google");
            assertThat(select(store, "SELECT ?n { id:meta schema:name ?n }")).hasSize(1);
            assertThat(select(store, "SELECT ?n { id:quoc-v-le-person schema:name ?n }").getFirst().getFirst().getLiteralLexicalForm())
                    .isEqualTo("Quoc V. Le");

            long before = quads(store);
            load(store, csv, mapping.toString());
            assertThat(quads(store)).as("the same file again mints the same IRIs").isEqualTo(before);

            Path later = write(dir, "later.csv", "row,kind,name\n9,person,Quoc V. Le\n10,person,Yann LeCun\n");
            load(store, later, mapping.toString());
            assertThat(entities(store)).contains("id:quoc-v-le-person", "id:yann-lecun").doesNotContain("id:quoc-v-le-person-3");
        }
    }

    @Test
    void whoseNameComesFirstDecidesTheIriInAnEmptyStoreOnly() throws Exception {
        Path mapping = write(dir, "names.rq", MAPPING);
        Path csv = write(dir, "dotted.csv", "row,kind,name\n1,person,Quoc V. Le\n");
        try (LocalStore store = TabularFixtures.withoutEpoch(LocalStore.tdb2(dir.resolve("db")))) {
            load(store, csv, mapping.toString());
            assertThat(entities(store)).containsExactly("id:quoc-v-le");
        }
    }

    /** The entity of each row, in row order. */
    private static List<String> entities(LocalStore store) {
        return select(store, "SELECT ?thing { GRAPH <https://example.org/sources/names> { ?line schema:about ?thing } } "
                + "ORDER BY xsd:integer(REPLACE(STR(?line), \".*/\", \"\"))").stream()
                .map(row -> row.getFirst().getURI().replace("https://w3id.org/aikg/id/", "id:")).toList();
    }
}

package org.aikg.core.tabular;

import static org.aikg.core.tabular.TabularFixtures.ask;
import static org.aikg.core.tabular.TabularFixtures.classpath;
import static org.aikg.core.tabular.TabularFixtures.load;
import static org.aikg.core.tabular.TabularFixtures.quads;
import static org.aikg.core.tabular.TabularFixtures.select;
import static org.aikg.core.tabular.TabularFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;
import org.aikg.core.load.ImportReport;
import org.aikg.core.query.Rows;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV importer on a real TDB2 directory, through the real importer and validator: how cells are read, a user's own
 * file and mapping, each kind of bad input with its one-line message, and all or nothing.
 */
class CsvImportTest {

    private static final String HEADER = "provider,model,date,usd_per_million_input,usd_per_million_output\n";
    private static final String PRICES = classpath("tabular/api-prices.rq").toString();

    @TempDir
    Path dir;

    private static AikgException.Kind kind(Throwable t) {
        return ((AikgException) t).kind();
    }

    @Test
    void quotedCommasAndLineBreaksAByteOrderMarkAndCrlfAreReadAsASpreadsheetShowsThem() throws Exception {
        Path csv = write(dir, "prices.csv", "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "\"Example Cloud, Inc.\",\"Example-7B\r\nturbo\",2025-02-01,0.2,0.3\r\n");
        try (LocalStore store = LocalStore.tdb2(dir.resolve("db"))) {
            load(store, csv, PRICES);
            assertThat(select(store, "SELECT ?provider ?model ?price { ?p a aikg:APIPrice ; aikg:provider/schema:name ?provider ;"
                    + " aikg:priceOf/schema:name ?model ; schema:price ?price ; aikg:tokenDirection aikg:OutputTokens }"))
                    .extracting(row -> row.stream().map(Node::getLiteralLexicalForm).toList())
                    .containsExactly(List.of("Example Cloud, Inc.", "Example-7B\r\nturbo", "0.3"));
        }
    }

    @Test
    void aUsersPriceListImportsWithItsOwnMappingAndAnEmptyCellWritesNothing() {
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")))) {
            ImportReport report = load(graph.store(), classpath("tabular/api-prices.csv"), PRICES);
            assertThat(report.quads()).isPositive();
            Rows prices = graph.selectNamed("api-prices", Map.of());
            List<String> mine = new java.util.ArrayList<>();
            for (int i = 0; i < prices.size(); i++) {
                int row = i;
                if (prices.get(row, "source").getURI().equals("https://example.org/sources/my-api-prices")) {
                    mine.add(String.join(" | ", List.of("provider", "for", "direction", "pricePerMillion", "asOf").stream()
                            .map(column -> prices.get(row, column).getLiteralLexicalForm()).toList()));
                }
            }
            assertThat(mine).containsExactlyInAnyOrder(
                    "Acme AI | Acme-1 | input tokens | 0.25 | 2025-01-15",
                    "Acme AI | Acme-1 | output tokens | 1.25 | 2025-01-15",
                    "Acme AI | Acme-1 Mini | input tokens | 0.05 | 2025-01-15",
                    "Example Cloud, Inc. | Example-7B | input tokens | 0.2 | 2025-02-01",
                    "Example Cloud, Inc. | Example-7B | output tokens | 0.2 | 2025-02-01");
        }
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithItsRowLineAndColumn() throws Exception {
        Path csv = write(dir, "quote.csv", HEADER + "Acme AI,Acme-1,2025-01-15,0.25,1.25\nAcme AI,\"Acme-2,2025-01-15,0.3,1.5\n");
        assertRefused(csv, PRICES, AikgException.Kind.SYNTAX, csv + ": row 2 (line 3), column \"model\": unterminated quote: "
                + "the quoted cell is not closed before the end of the file");
    }

    @Test
    void aWordInANumericColumnIsRefusedWithItsRowAndColumn() throws Exception {
        Path csv = write(dir, "word.csv", HEADER + "Acme AI,Acme-1,2025-01-15,0.25,1.25\nAcme AI,Acme-2,2025-01-15,cheap,1.5\n");
        assertRefused(csv, PRICES, AikgException.Kind.SYNTAX,
                csv + ": row 2 (line 3), column \"usd_per_million_input\": \"cheap\" is not a number");
    }

    @Test
    void aRowWithTooManyCellsIsRefusedWithTheFirstExtraColumn() throws Exception {
        Path csv = write(dir, "wide.csv", HEADER + "Acme AI,Acme-1,2025-01-15,0.25,1.25,0.1\n");
        assertRefused(csv, PRICES, AikgException.Kind.SYNTAX,
                csv + ": row 1 (line 2), column 6: too many cells, 6 where the header names 5 columns");
    }

    @Test
    void aMissingColumnIsRefusedByName() throws Exception {
        Path csv = write(dir, "narrow.csv", "provider,model,usd_per_million_input,usd_per_million_output\nAcme AI,Acme-1,0.25,1.25\n");
        assertRefused(csv, PRICES, AikgException.Kind.SYNTAX, csv + ": missing column \"date\", which mapping " + PRICES + " needs");
    }

    @Test
    void anEmptyRequiredCellIsRefusedWithItsRowAndColumn() throws Exception {
        Path csv = write(dir, "undated.csv", HEADER + "Acme AI,Acme-1,,0.25,1.25\n");
        assertRefused(csv, PRICES, AikgException.Kind.SYNTAX,
                csv + ": row 1 (line 2), column \"date\": empty, but mapping " + PRICES + " requires a value");
    }

    @Test
    void anUnknownMappingNameIsAUsageError() {
        assertThatThrownBy(() -> Mappings.resolve("epoch-notabel"))
                .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.USAGE))
                .hasMessage("Unknown mapping 'epoch-notabel': not a mapping shipped with aikg (epoch-notable) and not a file");
    }

    @Test
    void aMappingHeaderWrittenWithoutItsHashIsRefusedWithItsLineAndColumn() throws Exception {
        Path mapping = write(dir, "unhashed.rq", """
                @column ?name "name" string
                CONSTRUCT { ?s ?p ?name } WHERE {}
                """);
        assertThatThrownBy(() -> Mappings.resolve(mapping.toString()))
                .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                .hasMessage(mapping + ": Syntax error at line 1, column 1: unexpected '@column'");
    }

    @Test
    void aMappingThatDoesNotParseIsRefusedWithItsLineAndColumn() throws Exception {
        Path mapping = write(dir, "broken.rq", """
                # A broken mapping.
                # @column ?name "name" string
                PREFIX schema: <https://schema.org/>
                CONSTRUCT { ?s schema:name ?name }
                WHERE { BIND (IRI(?name) AS ?s }
                """);
        assertThatThrownBy(() -> Mappings.resolve(mapping.toString()))
                .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                .hasMessageStartingWith(mapping + ":5:29: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBadRowFiveHundredRowsInLeavesTheStoreAsItWasAndTheNextImportWorks() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 600; i++) {
            text.append("Acme AI,Acme-").append(i).append(",2025-01-15,").append(i == 501 ? "n/a" : "0.25").append(",1.25\n");
        }
        Path csv = write(dir, "long.csv", text.toString());
        try (LocalStore store = LocalStore.tdb2(dir.resolve("db"))) {
            long before = quads(store);
            assertThatThrownBy(() -> load(store, csv, PRICES))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                    .hasMessage(csv + ": row 501 (line 502), column \"usd_per_million_input\": \"n/a\" is not a number");
            assertThat(quads(store)).isEqualTo(before);
            assertThat(ask(store, "ASK { ?p a aikg:APIPrice ; aikg:priceOf/schema:name \"Acme-1\" }")).isFalse();

            load(store, classpath("tabular/api-prices.csv"), PRICES);
            assertThat(quads(store)).isGreaterThan(before);
        }
    }

    @Test
    void aRenamedEpochColumnIsReadThroughItsAlias() throws Exception {
        Path csv = epochRows("renamed.csv", header -> header.replace("Country (from Organization)", "Country (of organization)"));
        try (LocalStore store = LocalStore.inMemory()) {
            write(store, csv, "epoch-notable");
            assertThat(ask(store, "ASK { GRAPH src:epoch-notable-ai-models { id:deepseek schema:location id:china } }")).isTrue();
        }
    }

    @Test
    void aNewerEpochExportWithoutAnExpectedColumnIsRefusedNamingIt() throws Exception {
        Path renamed = epochRows("newer.csv", header -> header.replace("Training dataset size (datapoints)", "Training dataset size (total)"));
        assertRefused(renamed, "epoch-notable", AikgException.Kind.SYNTAX,
                renamed + ": missing column \"Training dataset size (datapoints)\", which mapping epoch-notable.rq needs");
        Path dropped = epochRows("dropped.csv", header -> header.replace("Country (from Organization)", "Country"));
        assertRefused(dropped, "epoch-notable", AikgException.Kind.SYNTAX, dropped
                + ": missing column \"Country (from Organization)\" (nor \"Country (of organization)\"), which mapping epoch-notable.rq needs");
    }

    /** The header and the DeepSeek-V3 line of the bundled Epoch file, the header changed as given. */
    private Path epochRows(String name, java.util.function.UnaryOperator<String> header) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(TabularFixtures.EPOCH_CSV);
        String row = lines.stream().filter(l -> l.startsWith("DeepSeek-V3,")).findFirst().orElseThrow();
        return write(dir, name, header.apply(lines.getFirst()) + "\n" + row + "\n");
    }

    private void assertRefused(Path csv, String mapping, AikgException.Kind kind, String message) {
        try (LocalStore store = LocalStore.tdb2(dir.resolve("db-" + csv.getFileName()))) {
            long before = quads(store);
            assertThatThrownBy(() -> load(store, csv, mapping))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(kind))
                    .hasMessage(message);
            assertThat(quads(store)).isEqualTo(before);
        }
    }
}

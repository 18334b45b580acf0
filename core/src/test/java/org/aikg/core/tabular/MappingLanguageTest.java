package org.aikg.core.tabular;

import static org.aikg.core.tabular.TabularFixtures.select;
import static org.aikg.core.tabular.TabularFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping language: typed cells, the header lines, tab:split, tab:lookup, tab:iri, and what a mapping may not do. */
class MappingLanguageTest {

    private static final String PREFIXES = """
            PREFIX tab: <https://w3id.org/aikg/tabular#>
            PREFIX ex:  <https://example.org/>
            """;

    @TempDir
    Path dir;

    private static AikgException.Kind kind(Throwable t) {
        return ((AikgException) t).kind();
    }

    @Test
    void floatsBecomeCanonicalDecimalsAndWholeFloatsIntegers() {
        assertThat(CellType.DECIMAL.parse("4.56e+24").getLiteralLexicalForm()).isEqualTo("4560000000000000000000000.0");
        assertThat(CellType.DECIMAL.parse("671000000000.0").getLiteralLexicalForm()).isEqualTo("671000000000.0");
        assertThat(CellType.DECIMAL.parse("0.34").getLiteralLexicalForm()).isEqualTo("0.34");
        assertThat(CellType.DECIMAL.parse("1.617408e+20").getLiteralDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
        assertThat(CellType.INTEGER.parse("7232.0").getLiteralLexicalForm()).isEqualTo("7232");
        assertThatThrownBy(() -> CellType.INTEGER.parse("7.5")).hasMessage("\"7.5\" is not a whole number");
        assertThatThrownBy(() -> CellType.DECIMAL.parse("NaN")).hasMessage("\"NaN\" is not a number");
        assertThatThrownBy(() -> CellType.DATE.parse("2024-02-30")).hasMessage("\"2024-02-30\" is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> CellType.BOOLEAN.parse("yes")).hasMessage("\"yes\" is not true or false");
        assertThatThrownBy(() -> CellType.IRI.parse("not an iri")).hasMessage("\"not an iri\" is not an absolute IRI");
    }

    @Test
    void splitGivesEachItemItsPositionAndTheCountTrimmedWithoutEmptyItems() throws Exception {
        Path mapping = write(dir, "split.rq", """
                # Items of a list with their positions.
                # @column ?id   "id"   string required
                # @column ?list "list" list
                """ + PREFIXES + """
                CONSTRUCT { ?item ex:position ?position ; ex:count ?count }
                WHERE {
                  (?text ?position ?count) tab:split (?list ";")
                  BIND (IRI(CONCAT(STR(ex:), ?id, "/", ?text)) AS ?item)
                }
                """);
        Path csv = write(dir, "split.csv", "id,list\nr1,\" a ; ;b ;c\"\nr2,\n");
        try (LocalStore store = LocalStore.inMemory()) {
            TabularFixtures.write(store, csv, mapping.toString());
            assertThat(rows(store, "SELECT ?item ?position ?count { ?item ex:position ?position ; ex:count ?count } ORDER BY ?position"))
                    .containsExactly(List.of("https://example.org/r1/a", "1", "3"), List.of("https://example.org/r1/b", "2", "3"),
                            List.of("https://example.org/r1/c", "3", "3"));
        }
    }

    @Test
    void tabIriKeepsHttpLinksAndSkipsOtherWords() throws Exception {
        Path mapping = write(dir, "links.rq", """
                # Links of a cell.
                # @column ?links "links" list
                """ + PREFIXES + """
                CONSTRUCT { ex:page ex:link ?url }
                WHERE { (?word) tab:split (?links "[\\\\s,;]+") BIND (tab:iri(?word) AS ?url) }
                """);
        Path csv = write(dir, "links.csv", "links\n\"https://a.example/x, ftp://b.example/y (withdrawn)\nhttp://c.example/z;\"\n");
        try (LocalStore store = LocalStore.inMemory()) {
            TabularFixtures.write(store, csv, mapping.toString());
            assertThat(rows(store, "SELECT ?url { ex:page ex:link ?url } ORDER BY ?url"))
                    .containsExactly(List.of("http://c.example/z"), List.of("https://a.example/x"));
        }
    }

    @Test
    void aValueTheLookupDoesNotKnowStopsTheImportNamingItsColumn() throws Exception {
        Path mapping = write(dir, "levels.rq", """
                # Levels as concepts.
                # @column ?id    "id"    string required
                # @column ?level "level" string
                """ + PREFIXES + """
                CONSTRUCT { ?thing ex:level ?concept }
                WHERE {
                  BIND (IRI(CONCAT(STR(ex:), ?id)) AS ?thing)
                  BIND (tab:lookup(?level, "low", ex:Low, "high", ex:High) AS ?concept)
                }
                """);
        Path csv = write(dir, "levels.csv", "id,level\na,low\nb,\nc,medium\n");
        try (LocalStore store = LocalStore.inMemory()) {
            assertThatThrownBy(() -> TabularFixtures.write(store, csv, mapping.toString()))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                    .hasMessage(csv + ": row 3 (line 4), column \"level\": \"medium\" is not a value the mapping knows (low, high)");
        }
    }

    @Test
    void theMappingFunctionsAreNotVisibleToUsersQueries() throws Exception {
        try (LocalStore store = LocalStore.inMemory()) {
            TabularFixtures.write(store, TabularFixtures.classpath("tabular/api-prices.csv"), TabularFixtures.classpath("tabular/api-prices.rq").toString());
            List<List<Node>> rows = select(store, "SELECT ?slug { BIND (<https://w3id.org/aikg/tabular#slug>(\"A b\") AS ?slug) }");
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().getFirst()).isNull();
        }
    }

    @Test
    void whatAMappingCannotMeanIsRefusedBeforeAnyRowIsRead() throws Exception {
        assertMappingRefused("service.rq", "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }",
                AikgException.Kind.REFUSED, ": SERVICE is refused; a mapping fetches nothing");
        assertMappingRefused("pattern.rq", "CONSTRUCT { ex:a ex:b ?o } WHERE { ex:a ex:b ?o }", AikgException.Kind.SYNTAX,
                ": the triple pattern ex:a ex:b ?o can match nothing; a mapping sees one row and no data");
        assertMappingRefused("function.rq", "CONSTRUCT { ex:a ex:b ?o } WHERE { BIND (tab:slugify(?name) AS ?o) }",
                AikgException.Kind.SYNTAX, ": unknown function tab:slugify; the functions are tab:entity, tab:iri, tab:lookup, tab:minted, tab:slug");
        assertMappingRefused("kind.rq", "CONSTRUCT { ex:a ex:b ?o } WHERE { BIND (tab:entity(\"company\", ?name) AS ?o) }",
                AikgException.Kind.SYNTAX, ": tab:entity: unknown kind \"company\"; use org, model, person, country, hardware");
        assertMappingRefused("select.rq", "SELECT ?name WHERE { }", AikgException.Kind.SYNTAX, ": a mapping holds one SPARQL CONSTRUCT query");
    }

    @Test
    void aHeaderLineThatDoesNotReadIsRefusedWithItsLine() throws Exception {
        Path mapping = write(dir, "header.rq", "# Bad header.\n# @column ?price \"price\" float\n" + PREFIXES
                + "CONSTRUCT { ex:a ex:b ?price } WHERE { }\n");
        assertThatThrownBy(() -> Mappings.resolve(mapping.toString()))
                .satisfies(e -> assertThat(kind(e)).isEqualTo(AikgException.Kind.SYNTAX))
                .hasMessage(mapping + ":2: unknown column type 'float'; use string, integer, decimal, date, iri, boolean, list");
        Path unknown = write(dir, "directive.rq", "# Bad header.\n# @column ?price \"price\" decimal\n# @target ex:g\n" + PREFIXES
                + "CONSTRUCT { ex:a ex:b ?price } WHERE { }\n");
        assertThatThrownBy(() -> Mappings.resolve(unknown.toString()))
                .hasMessage(unknown + ":3: unknown header line @target; a mapping's header has @graph, @include and @column lines");
    }

    private void assertMappingRefused(String name, String query, AikgException.Kind kind, String message) throws Exception {
        Path mapping = write(dir, name, "# Test.\n# @column ?name \"name\" string\n" + PREFIXES + query + "\n");
        assertThatThrownBy(() -> Mappings.resolve(mapping.toString()))
                .satisfies(e -> assertThat(kind(e)).isEqualTo(kind))
                .hasMessage(mapping + message);
    }

    private static List<List<String>> rows(LocalStore store, String query) {
        return select(store, "PREFIX ex: <https://example.org/>\n" + query).stream()
                .map(row -> row.stream().map(n -> n.isURI() ? n.getURI() : n.getLiteralLexicalForm()).toList())
                .toList();
    }
}

package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aikg.core.format.TableWriter;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each named query against the article's sources (the bundled graph without Epoch's table, whose own queries
 * EpochNamedQueriesTest checks against the CSV), with the answer a reader of the sources expects.
 */
class NamedQueriesTest {

    private static KnowledgeGraph bundle;
    private static KnowledgeGraph graph;
    private static final TableWriter TEXT = new TableWriter(Prefixes.standard(), 0);

    @BeforeAll
    static void open() {
        bundle = KnowledgeGraph.inMemory();
        graph = KnowledgeGraph.inMemory();
        graph.update("DROP GRAPH <https://w3id.org/aikg/source/epoch-notable-ai-models>");
    }

    @AfterAll
    static void close() {
        bundle.close();
        graph.close();
    }

    private static Rows run(String name, Map<String, String> params) {
        return graph.selectNamed(name, params);
    }

    private static List<String> column(Rows rows, String column) {
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> TEXT.cell(rows.get(i, column))).toList();
    }

    private static String cell(Rows rows, int row, String column) {
        return TEXT.cell(rows.get(row, column));
    }

    /** a / b to two decimals, as the ratio queries round: the expected answer from the source figures themselves. */
    private static String ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String ratio(String a, String b) {
        return new BigDecimal(a).divide(new BigDecimal(b), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static int row(Rows rows, String column, String value, String otherColumn, String otherValue) {
        for (int i = 0; i < rows.size(); i++) {
            if (cell(rows, i, column).equals(value) && cell(rows, i, otherColumn).equals(otherValue)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + column + "=" + value + " and " + otherColumn + "=" + otherValue);
    }

    @Test
    void everyNamedQueryReturnsRows() {
        for (NamedQuery q : bundle.namedQueries().all()) {
            Map<String, String> params = q.name().equals("claims-about") ? Map.of("entity", "id:deepseek") : Map.of();
            assertThat(bundle.selectNamed(q.name(), params).size()).as(q.name()).isPositive();
        }
    }

    @Test
    void llamaUsedTheMostGpuHoursAboutElevenTimesDeepSeekV3() {
        Rows rows = run("gpu-hours-ranking", Map.of());
        assertThat(column(rows, "name")).containsExactly("Llama 3.1 405B", "DeepSeek-V3");
        assertThat(cell(rows, 0, "gpuHours")).isEqualTo("30840000");
        // the model card's 30.84M against DeepSeek's 2.788M, divided as decimals (an integer division would give 11)
        assertThat(cell(rows, 0, "timesReference")).isEqualTo(ratio(30_840_000, 2_788_000)).isEqualTo("11.06");
        assertThat(cell(rows, 1, "timesReference")).isEqualTo("1.0");
    }

    @Test
    void theGpuHourRatioComesFromEachPairOfSources() {
        Rows rows = run("gpu-hour-ratio", Map.of("a", "id:llama-3-1-405b", "b", "id:deepseek-v3"));
        String card = ratio(30_840_000, 2_788_000);
        String column = ratio(30_800_000, 2_788_000);
        assertThat(column(rows, "ratio")).containsExactly(card, card, column, column);
        assertThat(column).isEqualTo("11.05");
    }

    @Test
    void deepSeekV3ImpliesTwoDollarsPerGpuHourInBothSources() {
        Rows rows = run("cost-per-gpu-hour", Map.of());
        assertThat(column(rows, "costPerGpuHour")).containsOnly("2.0");
        assertThat(column(rows, "source")).containsExactly("src:computerworld-ai-bust", "src:deepseek-v3-technical-report");
        assertThat(column(rows, "qualifier")).containsOnly("estimate");
    }

    @Test
    void apiPricesAreListedCheapestFirstAsOfTheMonthOfTheColumn() {
        Rows rows = run("api-prices", Map.of());
        assertThat(column(rows, "provider")).containsExactly("DeepSeek", "OpenAI");
        assertThat(column(rows, "pricePerMillion")).containsExactly("0.14", "7.5");
        assertThat(column(rows, "asOf")).containsOnly("2025-01");
    }

    @Test
    void openAiCostsAboutFiftyFourTimesDeepSeekPerMillionTokensInTheSameDirection() {
        Rows rows = run("price-ratio", Map.of());
        assertThat(cell(rows, 0, "ratio")).isEqualTo(ratio("7.50", "0.14"));
        assertThat(column(rows, "direction")).containsOnly("unspecified tokens");
        Rows reversed = run("price-ratio", Map.of("a", "id:deepseek", "b", "id:openai"));
        assertThat(cell(reversed, 0, "ratio")).isEqualTo(ratio("0.14", "7.50"));
    }

    @Test
    void modelsByLicenseShowMitForR1AndModelLicensesForTheOthers() {
        Rows rows = run("models-by-license", Map.of());
        assertThat(column(rows, "name")).containsExactly("DeepSeek-R1", "DeepSeek-V3", "Llama 3.1 405B");
        assertThat(column(rows, "licenseName"))
                .containsExactly("MIT License", "DeepSeek Model License", "Llama 3.1 Community License");
    }

    @Test
    void threeModelsHaveOpenWeightsAndTwoHaveNoStatedAccess() {
        Rows rows = run("open-vs-closed", Map.of());
        assertThat(column(rows, "access")).containsExactly("not stated", "open weights");
        assertThat(column(rows, "models")).containsExactly("2", "3");
    }

    @Test
    void claimsNameSpeakerRoleAndSource() {
        Rows rows = run("claims", Map.of());
        assertThat(rows.size()).isEqualTo(21);
        assertThat(column(rows, "speaker")).contains("Jim Zemlin", "Larry Dignan", "Bratin Saha", "Stephen O'Grady",
                "Stefano Maffulli", "Simon Willison", "Reuters").doesNotContain("Elon Musk");
        Rows aboutOpenAi = run("claims", Map.of("about", "id:openai"));
        assertThat(column(aboutOpenAi, "speaker")).containsExactlyInAnyOrder(
                "Author of \"The AI bust is here\"", "Larry Dignan", "Larry Dignan");
    }

    @Test
    void claimsAboutNeedsItsEntity() {
        assertThatThrownBy(() -> run("claims-about", Map.of()))
                .isInstanceOf(AikgException.class).hasMessageContaining("needs a value for its parameter entity (iri)");
        Rows rows = run("claims-about", Map.of("entity", "id:elon-musk"));
        assertThat(column(rows, "speaker")).containsExactly("Author of \"The AI bust is here\"");
    }

    @Test
    void theMarketTimelineRunsFromTheDotComRiseToJanuary2025InDateOrder() {
        Rows rows = run("market-timeline", Map.of());
        List<String> dates = column(rows, "date");
        assertThat(dates.getFirst()).isEqualTo("1995");
        assertThat(dates.getLast()).isEqualTo("2025-01-27");
        List<LocalDate> starts = dates.stream()
                .map(d -> LocalDate.parse(d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d)).toList();
        assertThat(starts).isSorted();
        assertThat(column(rows, "figure")).contains("5048.62", "-78", "465000000000", "593000000000", "600000000000",
                "157000000000");
        int valuation = column(rows, "figure").indexOf("157000000000");
        assertThat(cell(rows, valuation, "dated")).isEqualTo("as of");
        assertThat(cell(rows, valuation, "kind")).isEqualTo("valuation");
    }

    @Test
    void eachSpeakerSpeaksForTheirOrganization() {
        Rows rows = run("speaker-affiliations", Map.of());
        assertThat(column(rows, "person")).contains("Jim Zemlin");
        int zemlin = column(rows, "person").indexOf("Jim Zemlin");
        assertThat(cell(rows, zemlin, "organization")).isEqualTo("Linux Foundation");
        assertThat(cell(rows, zemlin, "role")).isEqualTo("executive director");
    }

    @Test
    void deepSeekV3TrainedOnNvidiaH800() {
        Rows rows = run("training-hardware", Map.of());
        assertThat(column(rows, "model")).containsExactly("DeepSeek-V3", "DeepSeek-V3", "Llama 3.1 405B");
        assertThat(column(rows, "hardware")).containsExactly("H800", "H800", "H100");
        assertThat(cell(rows, 0, "maker")).isEqualTo("Nvidia");
    }

    @Test
    void modelFactsKeepBothParameterCountsWithTheirSources() {
        Rows rows = run("model-facts", Map.of("model", "id:deepseek-v3"));
        int article = row(rows, "fact", "parameters", "source", "src:computerworld-ai-bust");
        int report = row(rows, "fact", "parameters", "source", "src:deepseek-v3-technical-report");
        assertThat(cell(rows, article, "value")).isEqualTo("685000000000");
        assertThat(cell(rows, report, "value")).isEqualTo("671000000000");
        assertThat(column(rows, "value")).contains("2024-12-26", "id:deepseek-model-license");
    }

    @Test
    void disagreementsTellConflictsFromDifferentDefinitionsAndLeaveFiguresThatFit() {
        Rows rows = run("disagreements", Map.of());
        // Nvidia's loss: the column's rounded 465 billion is 22% below Reuters' rounded 593 and BusinessDay's "about"
        // 600 billion, beyond any tolerance; 593 against "about 600" differs by 1.2%, within approximate's 5%.
        List<String> amounts = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> cell(rows, i, "property").equals("amount"))
                .mapToObj(i -> cell(rows, i, "value1") + "/" + cell(rows, i, "value2") + " " + cell(rows, i, "kind")).toList();
        assertThat(amounts).containsExactlyInAnyOrder("600000000000/465000000000 conflict",
                "465000000000/593000000000 conflict");
        // DeepSeek-V3: 685B counts the checkpoint with its 14B multi-token-prediction module, 671B the main model.
        List<Integer> parameters = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> cell(rows, i, "property").equals("parameterCount")).boxed().toList();
        assertThat(parameters).hasSize(3).allSatisfy(i -> {
            assertThat(cell(rows, i, "kind")).isEqualTo("different definitions");
            assertThat(List.of(cell(rows, i, "value1"), cell(rows, i, "value2")))
                    .containsExactlyInAnyOrder("685000000000", "671000000000");
        });
        // "more than 30.8 million" GPU-hours fits the model card's 30.84 million.
        assertThat(column(rows, "property")).doesNotContain("gpuHours", "trainingTokens");
    }

    @Test
    void sourcesCountTheirStatements() {
        Rows rows = run("sources", Map.of());
        assertThat(rows.size()).isEqualTo(13);
        int article = column(rows, "source").indexOf("src:computerworld-ai-bust");
        assertThat(Integer.parseInt(cell(rows, article, "statements"))).isGreaterThan(250);
    }

    @Test
    void organizationsIncludeNebiusFormerlyYandex() {
        Rows rows = run("organizations", Map.of());
        int nebius = column(rows, "organization").indexOf("Nebius");
        assertThat(cell(rows, nebius, "formerName")).isEqualTo("Yandex");
        assertThat(cell(rows, nebius, "kind")).isEqualTo("company");
    }

    @Test
    void trainingRunsMarkLowerBoundsAndEstimates() {
        Rows rows = run("training-runs", Map.of());
        assertThat(column(rows, "model")).containsExactly("DeepSeek-V3", "DeepSeek-V3", "Llama 3.1 405B", "Llama 3.1 405B");
        assertThat(column(rows, "tokensQualifier")).containsExactly("", "rounded", "rounded", "lower bound");
        assertThat(column(rows, "hoursQualifier")).contains("lower bound", "exact", "rounded");
        assertThat(column(rows, "costUSD")).contains("5576000");
    }

    @Test
    void anUnknownNamedQuerySuggestsTheClosestName() {
        assertThatThrownBy(() -> run("price-ratoi", Map.of()))
                .isInstanceOf(AikgException.class)
                .hasMessage("Unknown named query 'price-ratoi'. Did you mean 'price-ratio'? Try: named");
        assertThatThrownBy(() -> run("price-ratio", Map.of("c", "id:x")))
                .hasMessageContaining("has no parameter 'c'; it takes a, b");
    }
}

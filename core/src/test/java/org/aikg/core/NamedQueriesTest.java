package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aikg.core.format.TableWriter;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each named query against the bundled graph, with the answer a reader of the sources expects. */
class NamedQueriesTest {

    private static KnowledgeGraph graph;
    private static final TableWriter TEXT = new TableWriter(Prefixes.standard(), 0);

    @BeforeAll
    static void open() {
        graph = KnowledgeGraph.inMemory();
    }

    @AfterAll
    static void close() {
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

    @Test
    void everyNamedQueryReturnsRows() {
        for (NamedQuery q : graph.namedQueries().all()) {
            Map<String, String> params = q.name().equals("claims-about") ? Map.of("entity", "id:deepseek") : Map.of();
            assertThat(run(q.name(), params).size()).as(q.name()).isPositive();
        }
    }

    @Test
    void llamaUsedTheMostGpuHoursAboutElevenTimesDeepSeekV3() {
        Rows rows = run("gpu-hours-ranking", Map.of());
        assertThat(column(rows, "name")).containsExactly("Llama 3.1 405B", "DeepSeek-V3");
        assertThat(cell(rows, 0, "gpuHours")).isEqualTo("30840000");
        assertThat(cell(rows, 0, "timesReference")).isEqualTo("11.06");
        assertThat(cell(rows, 1, "timesReference")).isEqualTo("1.0");
    }

    @Test
    void theGpuHourRatioComesFromEachPairOfSources() {
        Rows rows = run("gpu-hour-ratio", Map.of("a", "id:llama-3-1-405b", "b", "id:deepseek-v3"));
        assertThat(column(rows, "ratio")).containsExactly("11.06", "11.06", "11.05", "11.05");
    }

    @Test
    void deepSeekV3ImpliesTwoDollarsPerGpuHourInBothSources() {
        Rows rows = run("cost-per-gpu-hour", Map.of());
        assertThat(column(rows, "costPerGpuHour")).containsOnly("2.0");
        assertThat(column(rows, "source")).containsExactly("src:computerworld-ai-bust", "src:deepseek-v3-technical-report");
        assertThat(column(rows, "qualifier")).containsOnly("estimate");
    }

    @Test
    void apiPricesAreListedCheapestFirst() {
        Rows rows = run("api-prices", Map.of());
        assertThat(column(rows, "provider")).containsExactly("DeepSeek", "OpenAI");
        assertThat(column(rows, "pricePerMillion")).containsExactly("0.14", "7.5");
    }

    @Test
    void openAiCostsAboutFiftyFourTimesDeepSeekPerMillionTokens() {
        Rows rows = run("price-ratio", Map.of());
        assertThat(cell(rows, 0, "ratio")).isEqualTo("53.57");
        Rows reversed = run("price-ratio", Map.of("a", "id:deepseek", "b", "id:openai"));
        assertThat(cell(reversed, 0, "ratio")).isEqualTo("0.02");
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
        assertThat(rows.size()).isEqualTo(20);
        assertThat(column(rows, "speaker")).contains("Jim Zemlin", "Larry Dignan", "Bratin Saha", "Stephen O'Grady",
                "Stefano Maffulli", "Simon Willison", "Elon Musk");
        Rows aboutOpenAi = run("claims", Map.of("about", "id:openai"));
        assertThat(column(aboutOpenAi, "speaker")).containsExactlyInAnyOrder(
                "Author of \"The AI bust is here\"", "Larry Dignan", "Larry Dignan");
    }

    @Test
    void claimsAboutNeedsItsEntity() {
        assertThatThrownBy(() -> run("claims-about", Map.of()))
                .isInstanceOf(AikgException.class).hasMessageContaining("needs a value for its parameter entity (iri)");
        Rows rows = run("claims-about", Map.of("entity", "id:tesla"));
        assertThat(column(rows, "speaker")).containsExactly("Elon Musk");
    }

    @Test
    void theMarketTimelineRunsFromTheDotComPeakToJanuary2025() {
        Rows rows = run("market-timeline", Map.of());
        List<String> dates = column(rows, "date");
        assertThat(dates.getFirst()).isEqualTo("1995");
        assertThat(dates.getLast()).isEqualTo("2025-01-27");
        assertThat(dates).isSorted();
        assertThat(column(rows, "figure")).contains("5048.62", "-78", "465000000000", "593000000000", "600000000000");
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
        int article = -1;
        int report = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (cell(rows, i, "fact").equals("parameters")) {
                if (cell(rows, i, "source").equals("src:computerworld-ai-bust")) {
                    article = i;
                } else {
                    report = i;
                }
            }
        }
        assertThat(cell(rows, article, "value")).isEqualTo("685000000000");
        assertThat(cell(rows, report, "value")).isEqualTo("671000000000");
        assertThat(column(rows, "value")).contains("2024-12-26", "id:deepseek-model-license");
    }

    @Test
    void disagreementsShowTheThreeFiguresForNvidiasLoss() {
        Rows rows = run("disagreements", Map.of());
        long nvidia = column(rows, "property").stream().filter("amount"::equals).count();
        assertThat(nvidia).isEqualTo(3);
        assertThat(column(rows, "property")).contains("parameterCount", "gpuHours");
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
        assertThat(column(rows, "tokensQualifier")).containsExactly("", "exact", "approximate", "lower bound");
        assertThat(column(rows, "hoursQualifier")).contains("lower bound", "exact");
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

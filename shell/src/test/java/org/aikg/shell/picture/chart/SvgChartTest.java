package org.aikg.shell.picture.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.Numbers;
import org.aikg.shell.picture.SvgDocument;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static final ChartSpec COMPUTE = ChartSpec.of("date", "compute").withSeries("organization")
            .withMark("frontier").withLogY(true).withTitle("Training compute of notable models")
            .withLabels("publication date", "training compute (FLOP)");

    private static SvgDocument draw(String name, Rows rows, ChartSpec spec) throws Exception {
        String svg = SvgChart.render(rows, spec);
        Path out = Path.of("target", "pictures", "chart-" + name + ".svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg);
        return SvgDocument.parse(svg);
    }

    @Test
    void aLogChartNamesItsAxesSeriesAndMarkAndTicksEveryPowerOfTen() throws Exception {
        SvgDocument svg = draw("compute", TestRows.compute(), COMPUTE);
        List<String> texts = svg.texts();

        assertThat(texts).contains("Training compute of notable models", "publication date",
                "training compute (FLOP) (log scale)", "Lab One", "Lab Two", "marked: frontier");
        for (int exponent = 21; exponent <= 25; exponent++) {
            assertThat(texts).contains(Numbers.powerOfTen(exponent));
        }
        assertThat(texts).contains("2018", "2020", "2022");
    }

    @Test
    void aChartIsScriptFreeSvgWithAViewBoxAndATitle() throws Exception {
        SvgDocument svg = draw("compute", TestRows.compute(), COMPUTE);

        assertThat(svg.root().getNamespaceURI()).isEqualTo(SvgDocument.SVG_NS);
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 880 520");
        assertThat(svg.titles().getFirst()).isEqualTo("Training compute of notable models");
        assertThat(svg.scripting()).isEmpty();
    }

    @Test
    void theSameRowsGiveTheSameBytes() {
        assertThat(SvgChart.render(TestRows.compute(), COMPUTE)).isEqualTo(SvgChart.render(TestRows.compute(), COMPUTE));
    }

    @Test
    void aLinearAxisLabelsLargeNumbersWithoutZerosToCount() throws Exception {
        SvgDocument svg = draw("compute-linear", TestRows.compute(), ChartSpec.of("year", "compute"));

        assertThat(svg.texts()).anyMatch(t -> t.matches("\\d+(\\.\\d+)?×10²⁵"));
        assertThat(svg.texts()).noneMatch(t -> t.matches(".*0{6,}.*"));
    }

    @Test
    void chartsInlinedInOnePageCanKeepTheirIdsApart() {
        ChartData data = ChartData.of(TestRows.compute(), COMPUTE);

        SvgDocument first = SvgDocument.parse(SvgChart.render(data, 600, 400, "first-"));
        SvgDocument second = SvgDocument.parse(SvgChart.render(data, 600, 400, "second-"));

        List<String> firstIds = first.elements("clipPath").stream().map(e -> e.getAttribute("id")).toList();
        List<String> secondIds = second.elements("clipPath").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(firstIds).isNotEmpty().allMatch(id -> id.startsWith("first-"));
        assertThat(secondIds).isNotEmpty().allMatch(id -> id.startsWith("second-"));
    }

    @Test
    void categoriesOfANamedQueryAreDrawnAsBars() throws Exception {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            Rows ranking = graph.selectNamed("gpu-hours-ranking", Map.of());

            SvgDocument svg = draw("gpu-hours", ranking, ChartSpec.of("name", "gpuHours").withTitle("GPU-hours"));

            for (int i = 0; i < ranking.size(); i++) {
                assertThat(svg.texts()).contains(ranking.get(i, "name").getLiteralLexicalForm());
            }
            assertThat(svg.elements("rect").size()).isGreaterThanOrEqualTo(ranking.size());
        }
    }

    @Test
    void anEmptyResultDrawsAChartThatSaysNoRows() throws Exception {
        SvgDocument svg = draw("empty", TestRows.of("date", "price").build(),
                ChartSpec.of("date", "price").withTitle("API prices"));

        assertThat(svg.texts()).contains("No rows", "API prices", "date", "price");
    }
}

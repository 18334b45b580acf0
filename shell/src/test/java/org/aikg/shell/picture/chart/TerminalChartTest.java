package org.aikg.shell.picture.chart;

import static org.aikg.shell.picture.chart.TestRows.integer;
import static org.aikg.shell.picture.chart.TestRows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.query.Rows;
import org.junit.jupiter.api.Test;

class TerminalChartTest {

    private static List<String> lines(String chart) {
        assertThat(chart).endsWith("\n");
        return chart.lines().toList();
    }

    @Test
    void aChartFillsTheLinesItIsGivenAndNoLineIsWiderThanTheTerminal() {
        List<String> lines = lines(TerminalChart.render(TestRows.compute(),
                ChartSpec.of("date", "compute").withSeries("organization").withLogY(true), 80, 20));

        assertThat(lines).hasSize(20);
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
    }

    @Test
    void seriesAreDrawnWithTheSymbolsTheLegendLineNames() {
        List<String> lines = lines(TerminalChart.render(TestRows.compute(),
                ChartSpec.of("date", "compute").withSeries("organization").withLogY(true), 80, 20));

        assertThat(lines.getLast()).isEqualTo("● Lab One  ■ Lab Two");
        String plot = String.join("\n", lines.subList(2, lines.size() - 3));
        assertThat(plot.chars().filter(c -> c == '●').count()).isEqualTo(3);
        assertThat(plot.chars().filter(c -> c == '■').count()).isEqualTo(2);
    }

    @Test
    void markedPointsAreFilledAndTheOthersHollow() {
        List<String> lines = lines(TerminalChart.render(TestRows.compute(),
                ChartSpec.of("date", "compute").withSeries("organization").withMark("frontier").withLogY(true), 80, 20));

        assertThat(lines.getLast()).isEqualTo("○ Lab One  □ Lab Two  filled = frontier");
        String plot = String.join("\n", lines);
        assertThat(plot.chars().filter(c -> c == '●' || c == '■').count()).isEqualTo(3);
    }

    @Test
    void aLogAxisIsLabelledWithPowersOfTen() {
        String chart = TerminalChart.render(TestRows.compute(), ChartSpec.of("date", "compute").withLogY(true), 80, 20);

        assertThat(chart).contains("10²¹┤", "10²³┤", "10²⁵┤", "compute (log scale)");
        assertThat(chart).contains("2018", "2020", "2022");
    }

    @Test
    void categoriesAreHorizontalBarsWithTheirValues() {
        Rows rows = TestRows.of("name", "gpuHours")
                .row(text("Llama 3.1 405B"), integer(30_840_000))
                .row(text("DeepSeek-V3"), integer(2_788_000))
                .build();

        List<String> lines = lines(TerminalChart.render(rows, ChartSpec.of("name", "gpuHours"), 60, 10));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Llama 3.1 405B│█").endsWith(" 30.8 M");
        assertThat(lines.get(2)).startsWith("DeepSeek-V3   │█").endsWith(" 2.79 M");
        int longBar = lines.get(1).length();
        assertThat(lines.get(2).length()).isLessThan(longBar);
    }

    @Test
    void anEmptyResultSaysNoRows() {
        assertThat(TerminalChart.render(TestRows.of("x", "y").build(), ChartSpec.of("x", "y"), 80, 20))
                .isEqualTo("y by x\nNo rows\n");
    }

    @Test
    void aTerminalTooSmallForAChartIsAUsageError() {
        assertThatThrownBy(() -> TerminalChart.render(TestRows.compute(), ChartSpec.of("date", "compute"), 10, 5))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessage("A terminal chart needs at least 24 columns and 8 lines; got 10x5");
    }

    @Test
    void theSameRowsGiveTheSameText() {
        ChartSpec spec = ChartSpec.of("date", "compute").withSeries("organization").withLogY(true);
        assertThat(TerminalChart.render(TestRows.compute(), spec, 72, 18))
                .isEqualTo(TerminalChart.render(TestRows.compute(), spec, 72, 18));
    }
}

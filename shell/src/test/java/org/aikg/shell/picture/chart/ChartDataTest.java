package org.aikg.shell.picture.chart;

import static org.aikg.shell.picture.chart.TestRows.date;
import static org.aikg.shell.picture.chart.TestRows.decimal;
import static org.aikg.shell.picture.chart.TestRows.integer;
import static org.aikg.shell.picture.chart.TestRows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.aikg.core.AikgException;
import org.aikg.core.query.Rows;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    private static double millis(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void aNonNumericYColumnIsRefusedNamingTheNumericColumns() {
        assertThatThrownBy(() -> ChartData.of(TestRows.compute(), ChartSpec.of("date", "name")))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessage("Column 'name' is not numeric (Model A in row 1); numeric columns: compute, year");
    }

    @Test
    void aColumnThatIsNotInTheResultIsRefusedListingTheColumns() {
        assertThatThrownBy(() -> ChartData.of(TestRows.compute(), ChartSpec.of("date", "flops")))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessage("No column 'flops' in the result; columns: name, date, compute, organization, frontier, year");
    }

    @Test
    void aQuestionMarkBeforeAColumnNameIsAccepted() {
        ChartData data = ChartData.of(TestRows.compute(), ChartSpec.of("?date", "?compute"));

        assertThat(data.series()).singleElement().satisfies(s -> assertThat(s.points()).hasSize(5));
    }

    @Test
    void everyKindOfDateBecomesTheMomentItStarts() {
        Rows rows = TestRows.of("when", "y")
                .row(NodeFactory.createLiteralDT("1995", XSDDatatype.XSDgYear), integer(1))
                .row(NodeFactory.createLiteralDT("2002-10", XSDDatatype.XSDgYearMonth), integer(2))
                .row(date("2024-12-26"), integer(3))
                .row(NodeFactory.createLiteralDT("2025-01-27T14:30:00+01:00", XSDDatatype.XSDdateTime), integer(4))
                .row(text("2025-02-03"), integer(5))
                .build();

        ChartData data = ChartData.of(rows, ChartSpec.of("when", "y"));

        assertThat(data.xKind()).isEqualTo(ChartData.XKind.TIME);
        assertThat(data.series().getFirst().points()).extracting(ChartData.Point::x).containsExactly(
                millis(1995, 1, 1), millis(2002, 10, 1), millis(2024, 12, 26),
                (double) OffsetDateTime.of(2025, 1, 27, 14, 30, 0, 0, ZoneOffset.ofHours(1)).toInstant().toEpochMilli(),
                millis(2025, 2, 3));
    }

    @Test
    void numbersAsXMakeANumberAxisAndWordsMakeCategories() {
        assertThat(ChartData.of(TestRows.compute(), ChartSpec.of("year", "compute")).xKind())
                .isEqualTo(ChartData.XKind.NUMBER);
        ChartData bars = ChartData.of(TestRows.compute(), ChartSpec.of("name", "compute"));
        assertThat(bars.xKind()).isEqualTo(ChartData.XKind.CATEGORY);
        assertThat(bars.categories()).containsExactly("Model A", "Model B", "Model C", "Model D", "Model E");
    }

    @Test
    void seriesAreSortedByNameAndMarksFollowTheMarkColumn() {
        ChartData data = ChartData.of(TestRows.compute(),
                ChartSpec.of("date", "compute").withSeries("organization").withMark("frontier"));

        assertThat(data.series()).extracting(ChartData.Series::name).containsExactly("Lab One", "Lab Two");
        assertThat(data.series().getFirst().points()).extracting(ChartData.Point::marked)
                .containsExactly(false, true, true);
        assertThat(data.series().get(1).points()).extracting(ChartData.Point::marked).containsExactly(true, false);
    }

    @Test
    void rowsWithoutAValueOrBelowZeroOnALogScaleAreLeftOutAndSaidSo() {
        Rows rows = TestRows.of("x", "y")
                .row(integer(1), decimal("5"))
                .row(integer(2), null)
                .row(integer(3), decimal("-2"))
                .row(integer(4), decimal("0"))
                .build();

        ChartData data = ChartData.of(rows, ChartSpec.of("x", "y").withLogY(true));

        assertThat(data.series().getFirst().points()).hasSize(1);
        assertThat(data.notes()).containsExactly("1 row without a value for x or y left out",
                "2 rows with y ≤ 0 left out of the log scale");
    }

    @Test
    void moreThanTenSeriesKeepTheNineLargestAndFoldTheRestIntoOther() {
        TestRows rows = TestRows.of("x", "y", "s");
        for (int s = 0; s < 12; s++) {
            for (int i = 0; i <= s; i++) {
                rows.row(integer(i), integer(i), text(String.format("series %02d", s)));
            }
        }

        ChartData data = ChartData.of(rows.build(), ChartSpec.of("x", "y").withSeries("s"));

        assertThat(data.series()).hasSize(ChartData.MAX_SERIES);
        assertThat(data.series().getFirst().name()).isEqualTo("series 03");
        assertThat(data.series().getLast().name()).isEqualTo("other (3 series)");
        assertThat(data.series().getLast().points()).hasSize(1 + 2 + 3);
    }

    @Test
    void anEmptyResultIsEmptyDataNotAnError() {
        ChartData data = ChartData.of(TestRows.of("x", "name").build(), ChartSpec.of("x", "name"));

        assertThat(data.isEmpty()).isTrue();
    }
}

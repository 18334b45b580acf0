package org.aikg.shell.picture.chart;

import java.util.Objects;

/**
 * What to chart from a SELECT result: the x and y columns, optionally a column that splits the points into series
 * and one that marks some of them (frontier models, say), a logarithmic y axis, a title and axis labels (the column
 * names when not given); points over time or numbers may be joined by lines within each series.
 */
public record ChartSpec(String x, String y, String series, String mark, boolean logY, boolean lines, String title,
        String xLabel, String yLabel) {

    public ChartSpec {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        x = bare(x);
        y = bare(y);
        series = series == null || series.isBlank() ? null : bare(series);
        mark = mark == null || mark.isBlank() ? null : bare(mark);
        title = title == null || title.isBlank() ? null : title.strip();
        xLabel = xLabel == null || xLabel.isBlank() ? null : xLabel.strip();
        yLabel = yLabel == null || yLabel.isBlank() ? null : yLabel.strip();
    }

    /** A chart of y against x with nothing else set. */
    public static ChartSpec of(String x, String y) {
        return new ChartSpec(x, y, null, null, false, false, null, null, null);
    }

    /** The same chart split into series by the column. */
    public ChartSpec withSeries(String column) {
        return new ChartSpec(x, y, column, mark, logY, lines, title, xLabel, yLabel);
    }

    /** The same chart with the points marked whose value in the column is set and not false or zero. */
    public ChartSpec withMark(String column) {
        return new ChartSpec(x, y, series, column, logY, lines, title, xLabel, yLabel);
    }

    /** The same chart with a logarithmic y axis, or a linear one. */
    public ChartSpec withLogY(boolean log) {
        return new ChartSpec(x, y, series, mark, log, lines, title, xLabel, yLabel);
    }

    /** The same chart with the points of each series joined by lines (in x order), or not. */
    public ChartSpec withLines(boolean join) {
        return new ChartSpec(x, y, series, mark, logY, join, title, xLabel, yLabel);
    }

    /** The same chart with a title. */
    public ChartSpec withTitle(String text) {
        return new ChartSpec(x, y, series, mark, logY, lines, text, xLabel, yLabel);
    }

    /** The same chart with axis labels; a null label keeps the column name. */
    public ChartSpec withLabels(String forX, String forY) {
        return new ChartSpec(x, y, series, mark, logY, lines, title, forX, forY);
    }

    /** The label of the x axis. */
    public String xAxisLabel() {
        return xLabel != null ? xLabel : x;
    }

    /** The label of the y axis, with "(log scale)" when it is. */
    public String yAxisLabel() {
        return (yLabel != null ? yLabel : y) + (logY ? " (log scale)" : "");
    }

    /** The title given, or "y by x". */
    public String titleText() {
        return title != null ? title : (yLabel != null ? yLabel : y) + " by " + (xLabel != null ? xLabel : x);
    }

    private static String bare(String column) {
        String c = column.strip();
        return c.startsWith("?") || c.startsWith("$") ? c.substring(1) : c;
    }
}

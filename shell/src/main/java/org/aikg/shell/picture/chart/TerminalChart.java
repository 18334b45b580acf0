package org.aikg.shell.picture.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.Numbers;

/**
 * Draws chart data as plain text for a terminal of a given size: points over time or numbers on a grid of
 * characters, one symbol per series (hollow ones when some points are marked, filled for the marked), or horizontal
 * bars over categories; labelled ticks, a legend line, and "No rows" when there is nothing to draw.
 */
public final class TerminalChart {

    /** The smallest terminal a chart is drawn in. */
    public static final int MIN_WIDTH = 24;
    /** The fewest lines a chart is drawn in. */
    public static final int MIN_HEIGHT = 8;

    private static final String[] FILLED = {"●", "■", "▲", "◆", "▼", "◀", "▶", "◼", "◉", "◘"};
    private static final String[] HOLLOW = {"○", "□", "△", "◇", "▽", "◁", "▷", "◻", "◎", "◙"};
    private static final String[] BLOCKS = {"█", "▓", "▒", "░", "▚", "▞", "▙", "▟", "▛", "▜"};
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private TerminalChart() {}

    /** The chart of a result in a terminal of width by height characters; refuses bad columns with a usage error. */
    public static String render(Rows rows, ChartSpec spec, int width, int height) {
        return render(ChartData.of(rows, spec), width, height);
    }

    /** The chart of checked data in a terminal of width by height characters, lines ending with a new line. */
    public static String render(ChartData data, int width, int height) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new AikgException(Kind.USAGE, "A terminal chart needs at least " + MIN_WIDTH + " columns and "
                    + MIN_HEIGHT + " lines; got " + width + "x" + height);
        }
        List<String> lines = new ArrayList<>();
        lines.add(fit(data.spec().titleText(), width));
        if (data.isEmpty()) {
            lines.add("No rows");
        } else if (data.xKind() == ChartData.XKind.CATEGORY) {
            bars(data, width, height, lines);
        } else {
            grid(data, width, height, lines);
        }
        return String.join("\n", lines) + "\n";
    }

    private static void grid(ChartData data, int width, int height, List<String> lines) {
        boolean marks = data.hasMarks();
        String legend = legend(data, marks ? HOLLOW : FILLED, marks);
        String notes = String.join("; ", data.notes());
        int plotHeight = height - 4 - (legend.isEmpty() ? 0 : 1) - (notes.isEmpty() ? 0 : 1);
        if (plotHeight < 3) {
            notes = "";
            plotHeight = height - 4 - (legend.isEmpty() ? 0 : 1);
        }
        boolean log = data.spec().logY();
        double[] x = range(data, true, false);
        double[] y = range(data, false, log);
        if (!log && y[0] > 0) {
            y[0] = 0;
        }
        List<Ticks.Tick> yTicks = log ? Ticks.log(Math.pow(10, y[0]), Math.pow(10, y[1]), Math.max(2, plotHeight / 3))
                : Ticks.linear(y[0], y[1], Math.max(2, plotHeight / 3));
        int labelWidth = yTicks.stream().mapToInt(t -> t.label().length()).max().orElse(1);
        int plotWidth = width - labelWidth - 1;
        String[][] cells = new String[plotHeight][plotWidth];
        for (String[] row : cells) {
            Arrays.fill(row, " ");
        }
        for (boolean markedPass : new boolean[] {false, true}) {
            for (int s = 0; s < data.series().size(); s++) {
                for (ChartData.Point p : data.series().get(s).points()) {
                    if (p.marked() != markedPass) {
                        continue;
                    }
                    int col = scale(p.x(), x, plotWidth);
                    int row = plotHeight - 1 - scale(log ? Math.log10(p.y()) : p.y(), y, plotHeight);
                    cells[row][col] = (marks && !p.marked() ? HOLLOW : FILLED)[s % FILLED.length];
                }
            }
        }
        String[] yLabels = new String[plotHeight];
        for (Ticks.Tick tick : yTicks) {
            double value = log ? Math.log10(tick.value()) : tick.value();
            if (value >= y[0] - 1e-9 && value <= y[1] + 1e-9) {
                yLabels[plotHeight - 1 - scale(value, y, plotHeight)] = tick.label();
            }
        }
        lines.add(fit(data.spec().yAxisLabel(), width));
        for (int r = 0; r < plotHeight; r++) {
            String label = yLabels[r] == null ? "" : yLabels[r];
            lines.add(" ".repeat(labelWidth - label.length()) + label + (yLabels[r] == null ? "│" : "┤")
                    + String.join("", cells[r]).stripTrailing());
        }
        List<Ticks.Tick> xTicks = data.xKind() == ChartData.XKind.TIME
                ? Ticks.time(x[0], x[1], Math.max(1, plotWidth / 10)) : Ticks.linear(x[0], x[1], Math.max(1, plotWidth / 10));
        char[] axis = ("└" + "─".repeat(plotWidth)).toCharArray();
        char[] tickLine = " ".repeat(width).toCharArray();
        int free = labelWidth;
        for (Ticks.Tick tick : xTicks) {
            if (tick.value() < x[0] - 1e-9 || tick.value() > x[1] + 1e-9) {
                continue;
            }
            int col = scale(tick.value(), x, plotWidth);
            axis[col + 1] = '┬';
            int start = Math.min(labelWidth + 1 + col - tick.label().length() / 2, width - tick.label().length());
            if (start >= free) {
                tick.label().getChars(0, tick.label().length(), tickLine, start);
                free = start + tick.label().length() + 1;
            }
        }
        lines.add(" ".repeat(labelWidth) + new String(axis));
        String xLabel = data.spec().xAxisLabel();
        String ticks = new String(tickLine).stripTrailing();
        lines.add(ticks.length() + xLabel.length() + 4 <= width ? ticks + " ".repeat(Math.max(2,
                width - ticks.length() - xLabel.length())) + xLabel : fit(ticks, width));
        if (!legend.isEmpty()) {
            lines.add(fit(legend, width));
        }
        if (!notes.isEmpty()) {
            lines.add(fit(notes, width));
        }
    }

    private static void bars(ChartData data, int width, int height, List<String> lines) {
        boolean log = data.spec().logY();
        double[] y = range(data, false, log);
        double base = log ? y[0] - Math.max(0.3, (y[1] - y[0]) * 0.05) : Math.min(0, y[0]);
        double top = log ? y[1] : Math.max(0, y[1]);
        String legend = data.series().size() > 1 || data.hasMarks() ? legend(data, BLOCKS, data.hasMarks()) : "";
        int available = height - 2 - (legend.isEmpty() ? 0 : 1);
        int labelWidth = Math.min(width / 3, data.categories().stream().mapToInt(String::length).max().orElse(1));
        List<String> body = new ArrayList<>();
        int drawn = 0;
        for (int c = 0; c < data.categories().size(); c++) {
            boolean first = true;
            for (int s = 0; s < data.series().size(); s++) {
                for (ChartData.Point p : data.series().get(s).points()) {
                    if ((int) p.x() != c) {
                        continue;
                    }
                    String value = Numbers.compact(p.y()) + (p.marked() ? " ◆" : "");
                    int barWidth = Math.max(1, width - labelWidth - 2 - value.length());
                    double share = ((log ? Math.log10(p.y()) : p.y()) - base) / (top - base);
                    String label = first ? pad(fit(data.categories().get(c), labelWidth), labelWidth) : " ".repeat(labelWidth);
                    body.add(label + "│" + bar(share * barWidth, BLOCKS[s % BLOCKS.length]) + " " + value);
                    first = false;
                }
            }
            drawn = c + 1;
            if (body.size() >= available - 1 && c < data.categories().size() - 1) {
                break;
            }
        }
        if (drawn < data.categories().size()) {
            body = new ArrayList<>(body.subList(0, Math.min(body.size(), available - 1)));
            body.add("… and " + (data.categories().size() - drawn) + " more");
        }
        if (data.spec().title() != null || log) {
            lines.add(fit(data.spec().yAxisLabel() + " by " + data.spec().xAxisLabel(), width));
        }
        lines.addAll(body);
        if (!legend.isEmpty()) {
            lines.add(fit(legend, width));
        }
    }

    private static String bar(double length, String block) {
        int whole = (int) Math.floor(Math.max(0, length));
        String bar = block.repeat(whole);
        if (block.equals("█")) {
            bar += EIGHTHS[(int) Math.floor((Math.max(0, length) - whole) * 8)];
        }
        return bar.isEmpty() ? "▏" : bar;
    }

    private static String legend(ChartData data, String[] symbols, boolean marks) {
        if (data.series().size() <= 1 && !marks) {
            return "";
        }
        StringBuilder legend = new StringBuilder();
        for (int s = 0; s < data.series().size(); s++) {
            legend.append(legend.isEmpty() ? "" : "  ").append(symbols[s % symbols.length]).append(' ')
                    .append(data.series().get(s).name());
        }
        if (marks) {
            legend.append("  ").append(symbols == BLOCKS ? "◆ = " : "filled = ").append(data.spec().mark());
        }
        return legend.toString();
    }

    /** The lowest and highest x or y (as log10 for a log axis), widened when they are equal. */
    private static double[] range(ChartData data, boolean forX, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartData.Series series : data.series()) {
            for (ChartData.Point p : series.points()) {
                double v = forX ? p.x() : log ? Math.log10(p.y()) : p.y();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = forX && data.xKind() == ChartData.XKind.TIME ? 183 * 86_400_000.0
                    : log ? 0.5 : Math.max(1, Math.abs(hi) * 0.1);
            lo -= pad;
            hi += pad;
        }
        return new double[] {lo, hi};
    }

    private static int scale(double value, double[] range, int cells) {
        int i = (int) Math.round((value - range[0]) / (range[1] - range[0]) * (cells - 1));
        return Math.max(0, Math.min(cells - 1, i));
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}

package org.aikg.shell.picture.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.Numbers;
import org.apache.jena.graph.Node;

/**
 * The points of a chart, read from a SELECT result and checked against its spec: x as time, number or category,
 * y as numbers, rows grouped into series and marked; with notes on what was left out. Bad columns are refused with a
 * one-line usage error; an empty result gives empty data, which charts show as "No rows".
 */
public record ChartData(ChartSpec spec, XKind xKind, List<Series> series, List<String> categories,
        List<String> notes) {

    /** At most this many series are drawn; the smallest of the rest are merged into one. */
    public static final int MAX_SERIES = 10;
    /** At most this many categories are drawn, the first ones in the result's order. */
    public static final int MAX_CATEGORIES = 40;

    /** How the x values are read. */
    public enum XKind { TIME, NUMBER, CATEGORY }

    /** One point: x in milliseconds since 1970, as a number, or as the index of its category; whether it is marked. */
    public record Point(double x, double y, boolean marked) {}

    /** The points of one series, in the result's order. */
    public record Series(String name, List<Point> points) {}

    public ChartData {
        series = List.copyOf(series);
        categories = List.copyOf(categories);
        notes = List.copyOf(notes);
    }

    /** Reads and checks the rows against the spec. */
    public static ChartData of(Rows rows, ChartSpec spec) {
        for (String column : new String[] {spec.x(), spec.y(), spec.series(), spec.mark()}) {
            if (column != null && !rows.columns().contains(column)) {
                throw new AikgException(Kind.USAGE, "No column '" + column + "' in the result; columns: "
                        + String.join(", ", rows.columns()));
            }
        }
        requireNumeric(rows, spec.y());
        XKind kind = xKind(rows, spec);
        List<String> notes = new ArrayList<>();
        Map<String, List<Point>> bySeries = new LinkedHashMap<>();
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        int missing = 0;
        int nonPositive = 0;
        int overCategories = 0;
        for (int i = 0; i < rows.size(); i++) {
            Node xNode = rows.get(i, spec.x());
            Double y = Values.number(rows.get(i, spec.y()));
            if (xNode == null || y == null || y.isNaN() || y.isInfinite()) {
                missing++;
                continue;
            }
            if (spec.logY() && y <= 0) {
                nonPositive++;
                continue;
            }
            String name = spec.series() == null ? seriesName(spec) : seriesLabel(rows.get(i, spec.series()));
            double x;
            if (kind == XKind.CATEGORY) {
                String category = Values.text(xNode);
                int repeat = seen.merge(List.of(name, category), 1, Integer::sum);
                if (repeat > 1) {
                    category = category + " (" + repeat + ")";
                }
                if (!categoryIndex.containsKey(category) && categoryIndex.size() >= MAX_CATEGORIES) {
                    overCategories++;
                    continue;
                }
                x = categoryIndex.computeIfAbsent(category, c -> categoryIndex.size());
            } else {
                x = kind == XKind.TIME ? Values.time(xNode) : Values.number(xNode);
            }
            boolean marked = spec.mark() != null && Values.marks(rows.get(i, spec.mark()));
            bySeries.computeIfAbsent(name, k -> new ArrayList<>()).add(new Point(x, y, marked));
        }
        if (missing > 0) {
            notes.add(count(missing, "row") + " without a value for " + spec.x() + " or " + spec.y() + " left out");
        }
        if (nonPositive > 0) {
            notes.add(count(nonPositive, "row") + " with " + spec.y() + " ≤ 0 left out of the log scale");
        }
        if (overCategories > 0) {
            notes.add("first " + MAX_CATEGORIES + " categories shown; " + count(overCategories, "row")
                    + " of later ones left out");
        }
        if (rows.truncated()) {
            notes.add("the result was cut at " + Numbers.count(rows.size()) + " rows");
        }
        return new ChartData(spec, kind, merge(bySeries, notes), List.copyOf(categoryIndex.keySet()), notes);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** Whether any point is marked. */
    public boolean hasMarks() {
        return series.stream().flatMap(s -> s.points().stream()).anyMatch(Point::marked);
    }

    /** The words for marked points in a legend: "marked: frontier". */
    public String markLabel() {
        return "marked: " + spec.mark();
    }

    private static void requireNumeric(Rows rows, String column) {
        if (isNumeric(rows, column) || rows.size() == 0) {
            return;
        }
        List<String> numeric = rows.columns().stream().filter(c -> isNumeric(rows, c) && hasValue(rows, c)).toList();
        String offending = "";
        for (int i = 0; i < rows.size() && offending.isEmpty(); i++) {
            Node node = rows.get(i, column);
            if (node != null && Values.number(node) == null) {
                offending = " (" + Values.text(node) + " in row " + (i + 1) + ")";
            }
        }
        throw new AikgException(Kind.USAGE, "Column '" + column + "' is not numeric" + offending + "; "
                + (numeric.isEmpty() ? "no column of the result is numeric" : "numeric columns: " + String.join(", ", numeric)));
    }

    private static boolean isNumeric(Rows rows, String column) {
        for (int i = 0; i < rows.size(); i++) {
            Node node = rows.get(i, column);
            if (node != null && Values.number(node) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValue(Rows rows, String column) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i, column) != null) {
                return true;
            }
        }
        return false;
    }

    private static XKind xKind(Rows rows, ChartSpec spec) {
        boolean time = true;
        boolean number = true;
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            Node node = rows.get(i, spec.x());
            if (node == null || rows.get(i, spec.y()) == null) {
                continue;
            }
            any = true;
            time &= Values.time(node) != null;
            number &= Values.number(node) != null && !Values.number(node).isNaN()
                    && !Values.number(node).isInfinite();
        }
        return !any ? XKind.NUMBER : time ? XKind.TIME : number ? XKind.NUMBER : XKind.CATEGORY;
    }

    private static String seriesName(ChartSpec spec) {
        return spec.yLabel() != null ? spec.yLabel() : spec.y();
    }

    private static String seriesLabel(Node node) {
        return node == null ? "(none)" : Values.text(node);
    }

    private static List<Series> merge(Map<String, List<Point>> bySeries, List<String> notes) {
        Comparator<String> byName = Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)).thenComparing(n -> n);
        List<String> names = new ArrayList<>(bySeries.keySet());
        if (names.size() > MAX_SERIES) {
            names.sort(Comparator.comparing((String n) -> -bySeries.get(n).size()).thenComparing(byName));
            List<String> kept = new ArrayList<>(names.subList(0, MAX_SERIES - 1));
            List<String> rest = names.subList(MAX_SERIES - 1, names.size());
            kept.sort(byName);
            List<Point> other = new ArrayList<>();
            rest.forEach(n -> other.addAll(bySeries.get(n)));
            String otherName = "other (" + rest.size() + " series)";
            notes.add(names.size() + " series: the " + (MAX_SERIES - 1) + " largest drawn, the rest as '" + otherName
                    + "'");
            List<Series> series = kept.stream().map(n -> new Series(n, bySeries.get(n)))
                    .collect(Collectors.toCollection(ArrayList::new));
            series.add(new Series(otherName, other));
            return series;
        }
        names.sort(byName);
        return names.stream().map(n -> new Series(n, bySeries.get(n))).toList();
    }

    private static String count(int n, String noun) {
        return Numbers.count(n) + " " + (n == 1 ? noun : noun + "s");
    }
}

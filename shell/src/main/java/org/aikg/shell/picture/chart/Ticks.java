package org.aikg.shell.picture.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aikg.shell.picture.Numbers;

/** Where ticks go on an axis and what they say: round steps, powers of ten, years or months. */
final class Ticks {

    /** A tick: its value on the axis and its label. */
    record Tick(double value, String label) {}

    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6};

    private Ticks() {}

    /**
     * About max ticks (at least two) at multiples of 1, 2 or 5 times a power of ten, inside [lower, upper].
     */
    static List<Tick> linear(double lower, double upper, int max) {
        double range = upper - lower;
        if (!(range > 0)) {
            return List.of(new Tick(lower, Numbers.compact(lower)));
        }
        int exponent = (int) Math.floor(Math.log10(range / Math.max(1, max)));
        int[] multiples = {1, 2, 5};
        int m = 0;
        while (range / step(multiples[m], exponent) > Math.max(1, max)) {
            m = (m + 1) % 3;
            exponent += m == 0 ? 1 : 0;
        }
        List<Tick> ticks = ticksEvery(step(multiples[m], exponent), lower, upper);
        while (ticks.size() < 2) {
            m = (m + 2) % 3;
            exponent -= m == 2 ? 1 : 0;
            ticks = ticksEvery(step(multiples[m], exponent), lower, upper);
        }
        return ticks;
    }

    private static double step(int multiple, int exponent) {
        return multiple * Math.pow(10, exponent);
    }

    private static List<Tick> ticksEvery(double step, double lower, double upper) {
        List<Tick> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(lower / step - 1e-9); i * step <= upper + step * 1e-9; i++) {
            double v = i == 0 ? 0 : i * step;
            ticks.add(new Tick(v, Numbers.compact(v)));
        }
        return ticks;
    }

    /**
     * Ticks for a base-ten log axis over [lower, upper] (positive values): powers of ten, thinned to at most max;
     * over less than two decades, 1, 2 and 5 times each power of ten. Labels are plain numbers in everyday ranges
     * and powers of ten ("10²⁴") beyond.
     */
    static List<Tick> log(double lower, double upper, int max) {
        int first = (int) Math.ceil(Math.log10(lower) - 1e-9);
        int last = (int) Math.floor(Math.log10(upper) + 1e-9);
        List<Double> values = new ArrayList<>();
        if (last - first >= 2) {
            int step = Math.max(1, (int) Math.ceil((last - first + 1) / (double) Math.max(1, max)));
            for (int e = first; e <= last; e += step) {
                values.add(Math.pow(10, e));
            }
        } else {
            for (int e = first - 1; e <= last + 1; e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                        values.add(v);
                    }
                }
            }
        }
        boolean everyday = values.stream().allMatch(v -> v >= 1e-3 && v < 1e5);
        List<Tick> ticks = new ArrayList<>();
        for (double v : values) {
            double exponent = Math.log10(v);
            boolean power = Math.abs(exponent - Math.rint(exponent)) < 1e-9;
            ticks.add(new Tick(v, everyday || !power ? Numbers.compact(v) : Numbers.powerOfTen((int) Math.rint(exponent))));
        }
        return ticks;
    }

    /** At most about max ticks at the start of years (in round steps) or, over short spans, of months. */
    static List<Tick> time(double fromMillis, double toMillis, int max) {
        LocalDate from = day(fromMillis);
        LocalDate to = day(toMillis);
        List<Tick> ticks = new ArrayList<>();
        int years = to.getYear() - from.getYear();
        if (years >= 2) {
            int step = YEAR_STEPS[YEAR_STEPS.length - 1];
            for (int s : YEAR_STEPS) {
                if ((years + 1) / s <= Math.max(1, max)) {
                    step = s;
                    break;
                }
            }
            int year = Math.floorDiv(from.getYear() + step - 1, step) * step;
            if (LocalDate.of(year, 1, 1).isBefore(from)) {
                year += step;
            }
            for (; year <= to.getYear(); year += step) {
                ticks.add(new Tick(millis(LocalDate.of(year, 1, 1)), String.valueOf(year)));
            }
            return ticks;
        }
        int months = years * 12 + to.getMonthValue() - from.getMonthValue();
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int s : MONTH_STEPS) {
            if ((months + 1) / s <= Math.max(1, max)) {
                step = s;
                break;
            }
        }
        LocalDate month = from.withDayOfMonth(1);
        if (month.isBefore(from)) {
            month = month.plusMonths(1);
        }
        while ((month.getMonthValue() - 1) % step != 0) {
            month = month.plusMonths(1);
        }
        for (; !month.isAfter(to); month = month.plusMonths(step)) {
            ticks.add(new Tick(millis(month), month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + month.getYear()));
        }
        if (ticks.isEmpty()) {
            ticks.add(new Tick(fromMillis, from.toString()));
        }
        return ticks;
    }

    private static LocalDate day(double millis) {
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}

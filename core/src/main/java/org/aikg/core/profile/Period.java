package org.aikg.core.profile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * A date as its source gives it: a day, or a whole month or year when the source says no more (a stored 2025-01-01
 * with month precision is January 2025). Two periods agree when they overlap.
 */
record Period(LocalDate start, Unit unit) {

    /** How precise a date is, after OWL-Time's units. */
    enum Unit {
        DAY, MONTH, YEAR
    }

    static final String TIME = "http://www.w3.org/2006/time#";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /**
     * The period a date literal stands for with the precision its source gives (an OWL-Time unit, or null for a day);
     * null when the literal is not a date. A year-month or a year literal is a month or a year whatever the precision.
     */
    static Period of(Node literal, Node precision) {
        if (literal == null || !literal.isLiteral() || !Words.isDate(literal)) {
            return null;
        }
        String lexical = literal.getLiteralLexicalForm().strip();
        try {
            if (lexical.matches("-?\\d{4,}-\\d{2}-\\d{2}.*")) {
                return new Period(LocalDate.parse(lexical.substring(0, 10)), unitOf(precision)).normalized();
            }
            if (lexical.matches("\\d{4}-\\d{2}.*")) {
                return new Period(YearMonth.parse(lexical.substring(0, 7)).atDay(1), Unit.MONTH);
            }
            if (lexical.matches("\\d{4}.*")) {
                return new Period(LocalDate.of(Integer.parseInt(lexical.substring(0, 4)), 1, 1), Unit.YEAR);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The unit an OWL-Time precision names; a day when there is none or it is not one aikg knows. */
    static Unit unitOf(Node precision) {
        if (precision == null || !precision.isURI()) {
            return Unit.DAY;
        }
        return switch (precision.getURI()) {
            case TIME + "unitMonth" -> Unit.MONTH;
            case TIME + "unitYear" -> Unit.YEAR;
            default -> Unit.DAY;
        };
    }

    private Period normalized() {
        return switch (unit) {
            case DAY -> this;
            case MONTH -> new Period(start.withDayOfMonth(1), unit);
            case YEAR -> new Period(start.withDayOfYear(1), unit);
        };
    }

    /** The last day of the period. */
    LocalDate end() {
        return switch (unit) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** Whether both can be true: the periods share a day. */
    boolean overlaps(Period other) {
        return !end().isBefore(other.start) && !other.end().isBefore(start);
    }

    /** In words: "27 January 2025", "January 2025", "2025". */
    String words() {
        return switch (unit) {
            case DAY -> start.format(DAY);
            case MONTH -> start.format(MONTH);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** In ISO 8601 to its precision: "2025-01-27", "2025-01", "2025". */
    String iso() {
        return switch (unit) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> start.toString().substring(0, 4);
        };
    }
}

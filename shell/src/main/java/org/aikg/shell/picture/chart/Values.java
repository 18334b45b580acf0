package org.aikg.shell.picture.chart;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.explore.Explorer;
import org.apache.jena.graph.Node;

/** Reads the cells of a result as numbers, points in time or words. */
final class Values {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> NUMERIC = Set.of("decimal", "integer", "int", "long", "short", "byte", "double",
            "float", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte");
    private static final Set<String> TEMPORAL = Set.of("date", "dateTime", "dateTimeStamp", "gYear", "gYearMonth");
    private static final Pattern TIME = Pattern.compile(
            "(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    private Values() {}

    /** The number in a numeric literal, or null for anything else (ill-typed numbers too). */
    static Double number(Node node) {
        if (node == null || !node.isLiteral() || !node.getLiteralDatatypeURI().startsWith(XSD)
                || !NUMERIC.contains(node.getLiteralDatatypeURI().substring(XSD.length()))) {
            return null;
        }
        String lexical = node.getLiteralLexicalForm().strip();
        try {
            return switch (lexical) {
                case "INF", "+INF" -> Double.POSITIVE_INFINITY;
                case "-INF" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> new BigDecimal(lexical).doubleValue();
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The moment a date-like literal starts, in milliseconds since 1970 (UTC unless it gives a zone), or null:
     * xsd:date, dateTime, gYear and gYearMonth, and plain strings written as ISO dates.
     */
    static Long time(Node node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        String type = node.getLiteralDatatypeURI();
        String lexical = node.getLiteralLexicalForm().strip();
        boolean temporal = type.startsWith(XSD) && TEMPORAL.contains(type.substring(XSD.length()));
        boolean isoString = type.equals(XSD + "string") && ISO_DAY.matcher(lexical).matches();
        if (!temporal && !isoString) {
            return null;
        }
        Matcher m = TIME.matcher(lexical);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime start = LocalDateTime.of(Integer.parseInt(m.group(1)), part(m.group(2), 1),
                    part(m.group(3), 1), part(m.group(4), 0), part(m.group(5), 0), part(m.group(6), 0));
            ZoneOffset zone = m.group(7) == null || m.group(7).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(7));
            return start.toInstant(zone).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int part(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    /** A cell as words: a literal's text, an IRI as a prefixed name where one fits. */
    static String text(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String shortened = Explorer.shorten(node);
        return shortened.startsWith("<") && shortened.endsWith(">")
                ? shortened.substring(1, shortened.length() - 1) : shortened;
    }

    /** Whether a mark cell marks its row: set, and not false, zero or empty. */
    static boolean marks(Node node) {
        if (node == null) {
            return false;
        }
        if (!node.isLiteral()) {
            return true;
        }
        String lexical = node.getLiteralLexicalForm().strip();
        Double n = number(node);
        return !(lexical.isEmpty() || lexical.equalsIgnoreCase("false") || n != null && n == 0);
    }
}

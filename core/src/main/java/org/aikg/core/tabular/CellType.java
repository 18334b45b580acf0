package org.aikg.core.tabular;

import java.math.BigDecimal;
import org.apache.jena.riot.process.normalize.NormalizeRDFTerms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** The type a mapping declares for a column, and how a non-empty cell of that type becomes an RDF term. */
public enum CellType {
    /** The text as an xsd:string. */
    STRING,
    /** A whole number, written as an integer or as an integral float ({@code 7232.0}); an xsd:integer. */
    INTEGER,
    /** A number, written plainly or as a float ({@code 4.56e+24}); an xsd:decimal in canonical form ({@code 2.0}). */
    DECIMAL,
    /** A calendar date, YYYY-MM-DD; an xsd:date. */
    DATE,
    /** An absolute IRI. */
    IRI,
    /** true or false, in any case; an xsd:boolean. */
    BOOLEAN,
    /** A text holding several items, to be split with tab:split; an xsd:string. */
    LIST;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_EXPONENT = 400;

    /** The word for this type in a mapping's header. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a header word names. */
    public static Optional<CellType> named(String word) {
        return Arrays.stream(values()).filter(t -> t.word().equals(word)).findFirst();
    }

    /** The words of all types, for error messages. */
    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(CellType::word).toList());
    }

    /** The term for a non-empty, trimmed cell; fails with the reason in words when the text does not fit the type. */
    Node parse(String text) {
        return switch (this) {
            case STRING, LIST -> NodeFactory.createLiteralString(text);
            case INTEGER -> {
                BigDecimal n = number(text, "a whole number");
                if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException(quoted(text) + " is not a whole number");
                }
                yield NodeFactory.createLiteralDT(n.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
            }
            case DECIMAL -> NormalizeRDFTerms.get().normalize(
                    NodeFactory.createLiteralDT(plain(number(text, "a number")), XSDDatatype.XSDdecimal));
            case DATE -> {
                try {
                    if (!DATE_FORM.matcher(text).matches()) {
                        throw new DateTimeParseException("", text, 0);
                    }
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(quoted(text) + " is not a date (YYYY-MM-DD)");
                }
                yield NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate);
            }
            case IRI -> NodeFactory.createURI(absoluteIri(text));
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                case "false" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
                default -> throw new IllegalArgumentException(quoted(text) + " is not true or false");
            };
        };
    }

    /** The IRI the text spells when it is absolute and well formed. */
    static String absoluteIri(String text) {
        try {
            IRIx iri = IRIx.create(text);
            if (iri.isAbsolute() && !text.isBlank()) {
                return iri.str();
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new IllegalArgumentException(quoted(text) + " is not an absolute IRI");
    }

    private static BigDecimal number(String text, String what) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(quoted(text) + " is not " + what);
        }
        BigDecimal n = new BigDecimal(text);
        if (Math.abs((long) n.precision() - n.scale()) > MAX_EXPONENT) {
            throw new IllegalArgumentException(quoted(text) + " is too large or too small a number");
        }
        return n;
    }

    /** The plain decimal form of a number: no exponent, no trailing zeros after the point. */
    static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}

package org.aikg.core.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;

/** Turns parameter values typed by users into RDF terms, refusing anything that is not a clean term. */
public final class Params {

    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:([\\w.-]*)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Params() {}

    /** The term for a value of the given type: iri, string, integer, decimal, date, or any (guessed from its form). */
    public static Node toNode(String name, String value, String type, PrefixMapping prefixes) {
        return switch (type) {
            case "iri" -> iri(name, value, prefixes);
            case "string" -> NodeFactory.createLiteralString(value);
            case "integer" -> {
                require(name, value, INTEGER, "an integer");
                yield NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
            }
            case "decimal" -> {
                if (!INTEGER.matcher(value.strip()).matches()) {
                    require(name, value, DECIMAL, "a decimal number");
                }
                yield NodeFactory.createLiteralDT(new BigDecimal(value.strip()).toPlainString(), XSDDatatype.XSDdecimal);
            }
            case "date" -> {
                require(name, value, DATE, "a date (YYYY-MM-DD)");
                yield NodeFactory.createLiteralDT(value.strip(), XSDDatatype.XSDdate);
            }
            default -> guess(name, value, prefixes);
        };
    }

    private static Node guess(String name, String value, PrefixMapping prefixes) {
        String v = value.strip();
        if (v.startsWith("<") || (PREFIXED.matcher(v).matches() && prefixes.getNsPrefixURI(prefixOf(v)) != null)) {
            return iri(name, v, prefixes);
        }
        if (INTEGER.matcher(v).matches()) {
            return toNode(name, v, "integer", prefixes);
        }
        if (DECIMAL.matcher(v).matches()) {
            return toNode(name, v, "decimal", prefixes);
        }
        if (DATE.matcher(v).matches()) {
            return toNode(name, v, "date", prefixes);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static String prefixOf(String prefixed) {
        return prefixed.substring(0, prefixed.indexOf(':'));
    }

    /** An IRI from a prefixed name, an IRI in angle brackets, or an absolute IRI; refuses illegal characters. */
    public static Node iri(String name, String value, PrefixMapping prefixes) {
        String v = value.strip();
        String iri;
        if (v.startsWith("<") && v.endsWith(">")) {
            iri = v.substring(1, v.length() - 1);
        } else if (PREFIXED.matcher(v).matches() && prefixes.getNsPrefixURI(prefixOf(v)) != null) {
            iri = prefixes.expandPrefix(v);
        } else {
            iri = v;
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new AikgException(AikgException.Kind.USAGE, "Parameter " + name + ": '" + value
                        + "' is not a valid IRI (illegal character '" + printable(c) + "')");
            }
        }
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isReference()) {
                throw new AikgException(AikgException.Kind.USAGE, "Parameter " + name + ": '" + value
                        + "' is not an absolute IRI or a known prefixed name");
            }
        } catch (IRIException e) {
            throw new AikgException(AikgException.Kind.USAGE, "Parameter " + name + ": '" + value + "' is not a valid IRI");
        }
        return NodeFactory.createURI(iri);
    }

    private static String printable(char c) {
        return c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static void require(String name, String value, Pattern pattern, String what) {
        if (!pattern.matcher(value.strip()).matches()) {
            throw new AikgException(AikgException.Kind.USAGE, "Parameter " + name + ": '" + value + "' is not " + what);
        }
    }
}

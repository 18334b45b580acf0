package org.aikg.shell.picture.neighbourhood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.explore.Explorer;
import org.aikg.shell.picture.Numbers;
import org.apache.jena.graph.Node;

/** Ids and words for the nodes of a picture: entities, values, figures and other blank nodes. */
final class Vertices {

    /** A stable order of nodes by their N-Triples-like text. */
    static final Comparator<Node> NODE_ORDER = Comparator.comparing(Node::toString);

    private static final String VALUE = Vocabulary.SCHEMA + "value";
    private static final String NUMERIC_VALUE = Vocabulary.QUDT + "numericValue";
    private static final String UNIT = Vocabulary.QUDT + "unit";
    private static final String CURRENCY = Vocabulary.SCHEMA + "currency";
    private static final String QUALIFIER = Vocabulary.AIKG + "qualifier";
    private static final String PRICE_YEAR = Vocabulary.AIKG + "priceYear";
    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final List<String> PART_ORDER = List.of(Vocabulary.SCHEMA + "name",
            Vocabulary.SCHEMA + "streetAddress", Vocabulary.SCHEMA + "addressLocality",
            Vocabulary.SCHEMA + "addressRegion", Vocabulary.SCHEMA + "addressCountry");
    private static final Map<String, String> QUDT_UNITS = Map.of(
            "http://qudt.org/vocab/unit/PERCENT", "%",
            "http://qudt.org/vocab/unit/HR", "hour",
            "http://qudt.org/vocab/unit/W", "W",
            "http://qudt.org/vocab/unit/KiloW", "kW",
            "http://qudt.org/vocab/unit/MegaW", "MW",
            "http://qudt.org/vocab/unit/UNITLESS", "");

    private Vertices() {}

    /** The id of an entity or a value: its IRI, or its N-Triples form. */
    static String id(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** A value for reading: numbers without zeros to count, yes or no, dates as written. */
    static String literal(Node node) {
        Object value;
        try {
            value = node.getLiteralValue();
        } catch (RuntimeException e) {
            return node.getLiteralLexicalForm();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Number) {
            BigDecimal decimal = decimal(node);
            return decimal == null ? node.getLiteralLexicalForm() : Numbers.count(decimal);
        }
        return node.getLiteralLexicalForm();
    }

    /** An IRI as a prefixed name where one fits, otherwise without its scheme; other nodes as they print. */
    static String readable(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        String shortened = Explorer.shorten(node);
        if (!shortened.startsWith("<")) {
            return shortened;
        }
        return node.getURI().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://(www\\.)?", "").replaceFirst("/$", "");
    }

    /** The node for a blank node the centre points to: a figure when it has a value, otherwise its parts in words. */
    static Vertex blank(String property, Map<String, Set<Node>> parts, Vocabulary vocabulary) {
        List<String> types = parts.getOrDefault(TYPE, Set.of()).stream().filter(Node::isURI).map(Node::getURI).toList();
        Node value = first(parts, NUMERIC_VALUE, VALUE);
        BigDecimal amount = value != null && value.isLiteral() ? decimal(value) : null;
        if (amount != null) {
            String label = figure(amount, parts, vocabulary);
            return new Vertex("figure:" + property + "|" + label, label, NodeKind.FIGURE, "");
        }
        List<String> words = new ArrayList<>();
        for (String key : PART_ORDER) {
            parts.getOrDefault(key, Set.of()).forEach(n -> words.add(readable(n)));
        }
        parts.forEach((key, nodes) -> {
            if (!PART_ORDER.contains(key) && !key.equals(TYPE)) {
                nodes.stream().filter(Node::isLiteral).forEach(n -> words.add(literal(n)));
            }
        });
        String typeLabel = vocabulary.typeLabel(types);
        String label = words.isEmpty() ? (typeLabel.isEmpty() ? "(unnamed)" : typeLabel) : String.join(", ", words);
        NodeKind kind = vocabulary.nodeKind(types);
        if (kind == NodeKind.OTHER && types.contains(Vocabulary.SCHEMA + "PostalAddress")) {
            kind = NodeKind.PLACE;
        }
        return new Vertex("blank:" + property + "|" + label, label, kind, typeLabel);
    }

    private static String figure(BigDecimal amount, Map<String, Set<Node>> parts, Vocabulary vocabulary) {
        Node currency = first(parts, CURRENCY);
        Node unit = first(parts, UNIT);
        String number = currency != null && currency.isLiteral()
                ? Numbers.money(amount, currency.getLiteralLexicalForm())
                : Numbers.quantity(amount, unit == null ? "" : unitWords(unit, vocabulary));
        List<String> notes = new ArrayList<>();
        Node qualifier = first(parts, QUALIFIER);
        if (qualifier != null && qualifier.isURI()) {
            String words = vocabulary.label(qualifier.getURI());
            words = words == null ? Vocabulary.words(Vocabulary.localName(qualifier.getURI())) : words;
            if (!words.equals("exact")) {
                notes.add(words.equals("approximate") ? "approx." : words);
            }
        }
        Node year = first(parts, PRICE_YEAR);
        if (year != null && year.isLiteral()) {
            notes.add("in " + year.getLiteralLexicalForm() + " prices");
        }
        return notes.isEmpty() ? number : number + " (" + String.join(", ", notes) + ")";
    }

    private static String unitWords(Node unit, Vocabulary vocabulary) {
        if (!unit.isURI()) {
            return readable(unit);
        }
        String known = QUDT_UNITS.get(unit.getURI());
        if (known != null) {
            return known;
        }
        String label = vocabulary.label(unit.getURI());
        return label != null ? label : Vocabulary.localName(unit.getURI());
    }

    private static Node first(Map<String, Set<Node>> parts, String... keys) {
        for (String key : keys) {
            Set<Node> nodes = parts.get(key);
            if (nodes != null && !nodes.isEmpty()) {
                return nodes.iterator().next();
            }
        }
        return null;
    }

    static BigDecimal decimal(Node literal) {
        try {
            return new BigDecimal(literal.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

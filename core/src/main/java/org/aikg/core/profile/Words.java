package org.aikg.core.profile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aikg.core.Prefixes;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;

/**
 * What things are called: entities by their name (or title), terms by their label in the store or aikg's words for
 * reused vocabularies, literals in words (dates spelled out, numbers without zeros to count). Names are fetched in
 * batches and kept for the profile being built.
 */
final class Words {

    private static final String NAMES = """
            SELECT ?x ?name ?title ?label ?lang WHERE {
              OPTIONAL { ?x schema:name ?name }
              OPTIONAL { ?x dcterms:title ?title }
              OPTIONAL { ?x skos:prefLabel|rdfs:label ?label BIND (LANG(?label) AS ?lang) }
            }""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private record Known(String name, String label) {}

    private final Fetch fetch;
    private final Map<Node, Known> known = new HashMap<>();

    Words(Fetch fetch) {
        this.fetch = fetch;
    }

    /** Looks up the names and labels of these nodes in one query. */
    void prefetch(Collection<Node> nodes) {
        List<Node> missing = nodes.stream().filter(Node::isURI).filter(n -> !known.containsKey(n)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Rows rows = fetch.rows(NAMES, Map.of(), "x", missing);
        Map<Node, String[]> found = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] best = found.computeIfAbsent(rows.get(i, "x"), k -> new String[2]);
            best[0] = smaller(best[0], text(rows.get(i, "name")));
            best[0] = best[0] == null ? text(rows.get(i, "title")) : best[0];
            Node lang = rows.get(i, "lang");
            if (lang == null || lang.getLiteralLexicalForm().isEmpty() || lang.getLiteralLexicalForm().equals("en")) {
                best[1] = smaller(best[1], text(rows.get(i, "label")));
            }
        }
        for (Node n : missing) {
            String[] best = found.getOrDefault(n, new String[2]);
            known.put(n, new Known(best[0], best[1]));
        }
    }

    private static String text(Node literal) {
        return literal == null ? null : literal.getLiteralLexicalForm();
    }

    private static String smaller(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private Known known(Node node) {
        if (!known.containsKey(node)) {
            prefetch(List.of(node));
        }
        return known.get(node);
    }

    /**
     * What a reader calls a thing: its schema:name or title, its label, aikg's word for a reused term, its prefixed
     * name, or (for an address on the web) the address itself.
     */
    String name(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? literal(node) : "";
        }
        Known k = known(node);
        if (k.name() != null) {
            return k.name();
        }
        if (k.label() != null) {
            return k.label();
        }
        String word = Vocabulary.CLASS_WORDS.get(node.getURI());
        if (word != null) {
            return word;
        }
        String prefixed = Prefixes.standard().qnameFor(node.getURI());
        return prefixed != null ? prefixed : node.getURI();
    }

    /** Whether the entity has a name or title of its own (so it reads as a thing, not as a term). */
    boolean named(Node node) {
        return node.isURI() && known(node).name() != null;
    }

    /** A property's or class's words: aikg's words for reused terms, the store's label, or its local name spelled out. */
    String term(Node node) {
        if (!node.isURI()) {
            return name(node);
        }
        String iri = node.getURI();
        String word = Vocabulary.PROPERTY_WORDS.getOrDefault(iri, Vocabulary.CLASS_WORDS.get(iri));
        if (word != null) {
            return word;
        }
        Known k = known(node);
        if (k.label() != null) {
            return k.label();
        }
        return k.name() != null ? k.name() : spelled(iri);
    }

    /** The local name of an IRI as words: "datePublished" is "date published", "GPUModel" stays "GPU model". */
    static String spelled(String iri) {
        String local = iri.replaceFirst("^.*[#/]", "");
        String words = local.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** A unit's words for the amount (singular for exactly one). */
    String unit(Node unit, boolean one) {
        if (unit == null || unit.isURI() && unit.getURI().equals(Vocabulary.UNITLESS)) {
            return "";
        }
        Vocabulary.UnitWords words = unit.isURI() ? Vocabulary.UNIT_WORDS.get(unit.getURI()) : null;
        if (words != null) {
            return one ? words.one() : words.many();
        }
        return term(unit);
    }

    /** Whether the unit follows the number without a space. */
    static boolean attached(Node unit) {
        Vocabulary.UnitWords words = unit != null && unit.isURI() ? Vocabulary.UNIT_WORDS.get(unit.getURI()) : null;
        return words != null && words.attached();
    }

    /** A literal in words: dates spelled out, numbers grouped or in words, truth values as yes or no. */
    static String literal(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        String type = literal.getLiteralDatatypeURI();
        if (type == null || !type.startsWith(Vocabulary.XSD)) {
            return lexical;
        }
        String local = type.substring(Vocabulary.XSD.length());
        try {
            return switch (local) {
                case "date" -> LocalDate.parse(lexical).format(DAY);
                case "dateTime" -> LocalDate.parse(lexical.substring(0, 10)).format(DAY);
                case "gYearMonth" -> YearMonth.parse(lexical).format(MONTH);
                case "boolean" -> Boolean.parseBoolean(lexical) ? "yes" : "no";
                case "integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger", "positiveInteger" ->
                        NumberWords.words(new java.math.BigDecimal(lexical.strip()), 3);
                default -> lexical;
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return lexical;
        }
    }

    /** A plural of a kind's words: "person" is "people", "country" is "countries", "AI model" is "AI models". */
    static String plural(String word) {
        if (word.endsWith("person")) {
            return word.substring(0, word.length() - "person".length()) + "people";
        }
        if (word.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.matches(".*(s|x|ch|sh)") ? word + "es" : word + "s";
    }

    /** Whether a literal is a date or a part of one (year, year and month). */
    static boolean isDate(Node node) {
        if (!node.isLiteral() || node.getLiteralDatatypeURI() == null) {
            return false;
        }
        String type = node.getLiteralDatatypeURI();
        return type.equals(Vocabulary.XSD + "date") || type.equals(Vocabulary.XSD + "dateTime")
                || type.equals(Vocabulary.XSD + "gYearMonth") || type.equals(Vocabulary.XSD + "gYear");
    }
}

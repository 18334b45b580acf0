package org.aikg.core.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/**
 * Turns what sources state about one subject into profile lines: one line per property, each distinct value once with
 * all its sources, figures in words, values of a line side by side and marked when the sources disagree.
 */
final class LineBuilder {

    private static final String PRICE = Vocabulary.SCHEMA + "price";
    private static final List<String> ADDRESS_ORDER = List.of("streetAddress", "addressLocality", "addressRegion",
            "postalCode", "addressCountry");

    /** A value in words at some precision, what it means as a figure or a date, and the note its source adds. */
    private record Said(String key, List<Span> spans, Quantity quantity, String date, String note, Node graph, String number) {
        Said(String key, List<Span> spans, Quantity quantity, String date, String note, Node graph) {
            this(key, spans, quantity, date, note, graph, key);
        }
    }

    private final Words words;
    private final SourceIndex sources;

    LineBuilder(Words words, SourceIndex sources) {
        this.words = words;
        this.sources = sources;
    }

    /** The lines for the statements, leaving out the header's, the notes' and the skipped properties. */
    List<Line> lines(List<Stated> statements, Set<String> skip) {
        prefetch(statements);
        boolean priced = statements.stream().anyMatch(s -> s.is(PRICE));
        Map<Node, List<Stated>> byProperty = new LinkedHashMap<>();
        for (Stated s : statements) {
            String p = s.property().getURI();
            if (Vocabulary.HEADER.contains(p) || Vocabulary.NOTES.contains(p) || skip.contains(p)
                    || priced && !p.equals(PRICE) && Vocabulary.PRICE_PARTS.contains(p)) {
                continue;
            }
            byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s);
        }
        List<Line> lines = new ArrayList<>();
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, List<Stated>> e) -> order(e.getKey()))
                        .thenComparing(e -> words.term(e.getKey())))
                .forEach(e -> lines.add(line(e.getKey(), e.getValue(), statements)));
        return lines;
    }

    /** The descriptions and comments of the statements' subject, each text once with its sources. */
    List<Value> notes(List<Stated> statements) {
        Map<String, Set<Node>> notes = new LinkedHashMap<>();
        for (Stated s : statements) {
            if (Vocabulary.NOTES.contains(s.property().getURI()) && s.value().isLiteral()) {
                notes.computeIfAbsent(s.value().getLiteralLexicalForm(), k -> new LinkedHashSet<>()).add(s.graph());
            }
        }
        List<Value> values = new ArrayList<>();
        notes.forEach((text, graphs) -> values.add(new Value(List.of(Span.text(text)), sources.refs(graphs))));
        return values;
    }

    private void prefetch(List<Stated> statements) {
        Set<Node> nodes = new HashSet<>();
        for (Stated s : statements) {
            nodes.add(s.property());
            nodes.add(s.value());
            s.parts().forEach(p -> {
                nodes.add(p.property());
                nodes.add(p.value());
            });
        }
        words.prefetch(nodes);
    }

    private int order(Node property) {
        int i = Vocabulary.ORDER.indexOf(property.getURI());
        return i < 0 ? Vocabulary.ORDER.size() : i;
    }

    private Line line(Node property, List<Stated> stated, List<Stated> all) {
        List<Said> said = new ArrayList<>();
        for (int precision = 3; ; precision++) {
            said.clear();
            for (Stated s : stated) {
                said.add(say(s, all, precision));
            }
            if (precision >= 15 || distinctFiguresReadDistinctly(said)) {
                break;
            }
        }
        Map<String, Set<Node>> graphsByKey = new LinkedHashMap<>();
        Map<String, Said> byKey = new LinkedHashMap<>();
        Map<String, Set<Node>> notes = new LinkedHashMap<>();
        for (Said s : said) {
            graphsByKey.computeIfAbsent(s.key(), k -> new LinkedHashSet<>()).add(s.graph());
            byKey.putIfAbsent(s.key(), s);
            if (s.note() != null) {
                notes.computeIfAbsent(s.note(), k -> new LinkedHashSet<>()).add(s.graph());
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparingInt((String k) -> graphsByKey.get(k).stream().mapToInt(sources::rank).min().orElse(0))
                .thenComparing(k -> graphsByKey.get(k).stream().map(Node::toString).sorted().findFirst().orElse("")));
        List<Value> values = new ArrayList<>();
        for (String key : keys) {
            values.add(new Value(byKey.get(key).spans(), sources.refs(graphsByKey.get(key))));
        }
        List<Value> noteValues = new ArrayList<>();
        notes.forEach((text, graphs) -> noteValues.add(new Value(List.of(Span.text(text)), sources.refs(graphs))));
        return new Line(words.term(property), values, noteValues, disagree(new ArrayList<>(byKey.values())));
    }

    private static boolean distinctFiguresReadDistinctly(List<Said> said) {
        for (Said a : said) {
            for (Said b : said) {
                if (a.quantity() != null && b.quantity() != null && a.number().equals(b.number())
                        && (a.quantity().number().compareTo(b.quantity().number()) != 0
                                || !a.quantity().measure().equals(b.quantity().measure()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disagree(List<Said> said) {
        for (int i = 0; i < said.size(); i++) {
            for (int j = i + 1; j < said.size(); j++) {
                Said a = said.get(i);
                Said b = said.get(j);
                if (a.quantity() != null && b.quantity() != null && !a.quantity().compatible(b.quantity())) {
                    return true;
                }
                if (a.date() != null && b.date() != null && !a.date().startsWith(b.date()) && !b.date().startsWith(a.date())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Said say(Stated s, List<Stated> all, int precision) {
        Node v = s.value();
        if (s.is(PRICE) && v.isLiteral()) {
            return price(s, all, precision);
        }
        if (v.isBlank()) {
            return s.part(Vocabulary.QUDT + "numericValue") != null || s.part(Vocabulary.SCHEMA + "value") != null
                    ? figure(s, precision) : compound(s);
        }
        if (v.isURI()) {
            return new Said("<" + v.getURI() + ">", List.of(new Span(words.name(v), v)), null, null, null, s.graph());
        }
        BigDecimal number = decimal(v);
        if (number != null) {
            String text = NumberWords.words(number, precision);
            return new Said(text, List.of(Span.text(text)), new Quantity(number, "number", null), null, null, s.graph());
        }
        String text = Words.literal(v);
        return new Said(text, List.of(Span.text(text)), null, Words.isDate(v) ? v.getLiteralLexicalForm() : null, null, s.graph());
    }

    private Said figure(Stated s, int precision) {
        Node money = s.part(Vocabulary.SCHEMA + "value");
        Node qualifier = s.part(AIKG.NS + "qualifier");
        BigDecimal number = decimal(money != null ? money : s.part(Vocabulary.QUDT + "numericValue"));
        if (number == null) {
            return compound(s);
        }
        String amount;
        String measure;
        if (money != null) {
            Node currency = s.part(Vocabulary.SCHEMA + "currency");
            Node year = s.part(AIKG.NS + "priceYear");
            String unit = (year == null ? "" : year.getLiteralLexicalForm() + " ")
                    + (currency == null ? "" : currency.getLiteralLexicalForm());
            amount = NumberWords.money(number, precision) + (unit.isEmpty() ? "" : " " + unit);
            measure = "money " + unit;
        } else {
            Node unit = s.part(Vocabulary.QUDT + "unit");
            String unitWords = words.unit(unit, number.compareTo(BigDecimal.ONE) == 0);
            amount = NumberWords.words(number, precision) + (unitWords.isEmpty() ? "" : Words.attached(unit) ? unitWords : " " + unitWords);
            measure = unit == null ? "number" : unit.toString();
        }
        List<String> brackets = new ArrayList<>();
        Vocabulary.QualifierWords q = words.qualifier(qualifier);
        if (q.after() != null) {
            brackets.add(q.after());
        }
        for (Stated.Part part : s.parts()) {
            if (!Vocabulary.FIGURE_PARTS.contains(part.property().getURI())) {
                brackets.add(words.term(part.property()) + " " + (part.value().isLiteral() ? Words.literal(part.value()) : words.name(part.value())));
            }
        }
        String text = (q.before() != null ? q.before() + " " : "") + amount
                + (brackets.isEmpty() ? "" : " (" + String.join("; ", brackets) + ")");
        Node note = s.part(Vocabulary.SCHEMA + "description");
        return new Said(text, List.of(Span.text(text)), new Quantity(number, measure, qualifier), null,
                note == null ? null : note.getLiteralLexicalForm(), s.graph(), amount);
    }

    private Said price(Stated s, List<Stated> all, int precision) {
        BigDecimal number = decimal(s.value());
        Node currency = sibling(s, all, Vocabulary.SCHEMA + "priceCurrency");
        Node per = sibling(s, all, AIKG.NS + "perTokens");
        Node direction = sibling(s, all, AIKG.NS + "tokenDirection");
        Node qualifier = sibling(s, all, AIKG.NS + "qualifier");
        StringBuilder text = new StringBuilder(NumberWords.money(number, precision));
        if (currency != null) {
            text.append(' ').append(currency.getLiteralLexicalForm());
        }
        BigDecimal tokens = per == null ? null : decimal(per);
        if (tokens != null) {
            text.append(" per ").append(NumberWords.words(tokens, 3)).append(' ')
                    .append(direction == null ? "tokens" : words.term(direction));
        }
        Vocabulary.QualifierWords q = words.qualifier(qualifier);
        String words = (q.before() != null ? q.before() + " " : "") + text + (q.after() != null ? " (" + q.after() + ")" : "");
        String measure = "price " + currency + " " + per + " " + direction;
        return new Said(words, List.of(Span.text(words)), new Quantity(number, measure, qualifier), null, null, s.graph(), text.toString());
    }

    private static Node sibling(Stated price, List<Stated> all, String property) {
        for (Stated s : all) {
            if (s.graph().equals(price.graph()) && s.subject().equals(price.subject()) && s.is(property)) {
                return s.value();
            }
        }
        return null;
    }

    /** A blank node that is not a figure (an address): its parts' values in words, links kept. */
    private Said compound(Stated s) {
        List<Stated.Part> parts = new ArrayList<>(s.parts().stream()
                .filter(p -> !p.property().getURI().equals(Vocabulary.TYPE)).toList());
        parts.sort(Comparator.comparingInt((Stated.Part p) -> {
            int i = ADDRESS_ORDER.indexOf(p.property().getURI().replaceFirst("^.*[#/]", ""));
            return i < 0 ? ADDRESS_ORDER.size() : i;
        }).thenComparing(p -> p.property().getURI()));
        List<Span> spans = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (Stated.Part p : parts) {
            if (!spans.isEmpty()) {
                spans.add(Span.text(", "));
            }
            Node v = p.value();
            spans.add(v.isURI() ? new Span(words.name(v), v) : Span.text(v.isLiteral() ? Words.literal(v) : ""));
            key.append(p.property()).append('=').append(v).append(';');
        }
        return new Said(key.toString(), spans, null, null, null, s.graph());
    }

    private static BigDecimal decimal(Node node) {
        if (node == null || !node.isLiteral() || !(node.getLiteralValue() instanceof Number)) {
            return null;
        }
        try {
            return new BigDecimal(node.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

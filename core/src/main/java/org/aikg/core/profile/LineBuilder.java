package org.aikg.core.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns what sources state about one subject into profile lines: one line per property; equal values once with all
 * their sources; figures in words with their definition, qualifier and the date they were reported as of; dates to
 * the precision their source gives; values side by side, marked when the sources disagree (figures of one definition
 * and one measure that cannot all be true, dates that cannot overlap).
 */
final class LineBuilder {

    private static final String PRICE = Vocabulary.SCHEMA + "price";
    private static final List<String> ADDRESS_ORDER = List.of("streetAddress", "addressLocality", "addressRegion",
            "postalCode", "addressCountry");

    /** The significant digits a figure that is not exact shows at most, unless figures that differ would read the same. */
    private static final int DIGITS = 4;

    /** How many entities one line names before "and N more". */
    static final int LINE_CAP = 12;

    private final Words words;
    private final SourceIndex sources;

    LineBuilder(Words words, SourceIndex sources) {
        this.words = words;
        this.sources = sources;
    }

    /** The lines for the statements, leaving out the header's, the notes' and the skipped properties. */
    List<Line> lines(List<Stated> statements, Set<String> skip) {
        prefetch(statements);
        Siblings siblings = new Siblings(statements);
        boolean priced = statements.stream().anyMatch(s -> s.is(PRICE));
        Map<Node, List<Stated>> byProperty = new LinkedHashMap<>();
        for (Stated s : statements) {
            String p = s.property().getURI();
            if (Vocabulary.HEADER.contains(p) || Vocabulary.NOTES.contains(p) || skip.contains(p)
                    || Vocabulary.DATE_PRECISION.containsValue(p)
                    || p.equals(Vocabulary.AS_OF) && siblings.figured(s.subject(), s.graph())
                    || priced && !p.equals(PRICE) && Vocabulary.PRICE_PARTS.contains(p)) {
                continue;
            }
            byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s);
        }
        List<Line> lines = new ArrayList<>();
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, List<Stated>> e) -> order(e.getKey()))
                        .thenComparing(e -> words.term(e.getKey())))
                .forEach(e -> lines.add(line(e.getKey(), e.getValue(), siblings)));
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

    private Line line(Node property, List<Stated> stated, Siblings siblings) {
        List<Reading> readings = stated.stream().map(s -> read(s, siblings)).toList();
        Map<Reading, String> amounts = amounts(readings);
        Map<Reading, Node> definitions = definitions(readings);
        Map<String, List<Reading>> groups = new LinkedHashMap<>();
        for (Reading r : readings) {
            groups.computeIfAbsent(key(r, definitions), k -> new ArrayList<>()).add(r);
        }
        List<List<Reading>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((List<Reading> g) -> g.stream().mapToInt(r -> sources.rank(r.graph())).min().orElse(0))
                .thenComparing(g -> g.stream().map(r -> r.graph().toString()).sorted().findFirst().orElse(""))
                .thenComparing(g -> g.getFirst().isEntity() ? g.getFirst().spans().getFirst().text().toLowerCase(Locale.ROOT) : "")
                .thenComparing(g -> key(g.getFirst(), definitions)));
        List<Value> values = new ArrayList<>();
        List<Boolean> entity = new ArrayList<>();
        Map<String, Set<Node>> notes = new LinkedHashMap<>();
        for (List<Reading> group : ordered) {
            Set<Node> graphs = new LinkedHashSet<>();
            group.forEach(r -> graphs.add(r.graph()));
            List<Integer> refs = sources.refs(graphs);
            values.add(new Value(spans(group, amounts, definitions), refs));
            entity.add(group.getFirst().isEntity());
            group.stream().filter(r -> r.note() != null)
                    .forEach(r -> notes.computeIfAbsent(r.note(), k -> new LinkedHashSet<>()).add(r.graph()));
        }
        List<Value> noteValues = new ArrayList<>();
        notes.forEach((text, graphs) -> noteValues.add(new Value(List.of(Span.text(text)), sources.refs(graphs))));
        return new Line(words.term(property), listed(values, entity), noteValues, disagree(readings, definitions));
    }

    /** The words of each figure's amount, with as many digits as it has (up to a few) and enough to tell figures apart. */
    private static Map<Reading, String> amounts(List<Reading> readings) {
        Map<Reading, String> amounts = new IdentityHashMap<>();
        List<Reading> figures = readings.stream().filter(Reading::isFigure).toList();
        for (int extra = 0; extra <= 15; extra++) {
            amounts.clear();
            for (Reading r : figures) {
                amounts.put(r, r.amount().apply(exact(r) ? r.ownDigits() : Math.min(r.ownDigits(), DIGITS + extra)));
            }
            if (readApart(figures, amounts)) {
                break;
            }
        }
        return amounts;
    }

    /** Whether the figure is given to its last unit (exact, or without a qualifier), so that every digit is shown. */
    private static boolean exact(Reading r) {
        Node q = r.quantity().qualifier();
        return q == null || q.isURI() && q.getURI().equals(Vocabulary.EXACT);
    }

    private static boolean readApart(List<Reading> figures, Map<Reading, String> amounts) {
        for (Reading a : figures) {
            for (Reading b : figures) {
                if (a.quantity().measure().equals(b.quantity().measure()) && amounts.get(a).equals(amounts.get(b))
                        && a.quantity().number().compareTo(b.quantity().number()) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What each figure counts: its own definition, or, for a figure without one, the definition of an equal figure of
     * the same measure that another source defines (685 billion is the checkpoint count wherever it is given).
     */
    private static Map<Reading, Node> definitions(List<Reading> readings) {
        Map<Reading, Node> definitions = new IdentityHashMap<>();
        List<Reading> defined = readings.stream().filter(r -> r.isFigure() && r.definition() != null)
                .sorted(Comparator.comparing(r -> r.graph().toString())).toList();
        for (Reading r : readings) {
            if (!r.isFigure()) {
                continue;
            }
            Node definition = r.definition();
            if (definition == null) {
                definition = defined.stream()
                        .filter(d -> d.quantity().measure().equals(r.quantity().measure()) && Objects.equals(d.bound(), r.bound())
                                && d.quantity().number().compareTo(r.quantity().number()) == 0)
                        .map(Reading::definition).findFirst().orElse(null);
            }
            if (definition != null) {
                definitions.put(r, definition);
            }
        }
        return definitions;
    }

    private static String key(Reading r, Map<Reading, Node> definitions) {
        if (r.isFigure()) {
            return "F|" + r.quantity().measure() + "|" + r.bound() + "|" + r.quantity().number().stripTrailingZeros().toPlainString()
                    + "|" + definitions.get(r) + "|" + (r.asOf() == null ? "" : r.asOf().iso()) + "|" + r.extras();
        }
        return r.period() != null ? "D|" + r.period().iso() : "W|" + r.key();
    }

    /** A group of equal values in words: the amount, then what it counts, how it is qualified, and as of when. */
    private List<Span> spans(List<Reading> group, Map<Reading, String> amounts, Map<Reading, Node> definitions) {
        Reading first = group.getFirst();
        if (first.period() != null) {
            return List.of(Span.text(first.period().words()));
        }
        if (!first.isFigure()) {
            return first.spans();
        }
        List<List<Span>> parts = new ArrayList<>();
        Node definition = definitions.get(first);
        if (definition != null) {
            parts.add(List.of(Span.text(words.term(definition))));
        }
        first.extras().forEach(e -> parts.add(List.of(Span.text(e))));
        Map<String, Set<Node>> qualifiers = new LinkedHashMap<>();
        group.stream().sorted(Comparator.comparingInt(r -> sources.rank(r.graph())))
                .forEach(r -> qualifiers.computeIfAbsent(qualifierWords(r), k -> new LinkedHashSet<>()).add(r.graph()));
        if (qualifiers.size() == 1) {
            String only = qualifiers.keySet().iterator().next();
            if (!only.isEmpty()) {
                parts.add(List.of(Span.text(only)));
            }
        } else {
            List<Span> mixed = new ArrayList<>();
            qualifiers.forEach((text, graphs) -> {
                mixed.add(Span.text((mixed.isEmpty() ? "" : ", ") + (text.isEmpty() ? "exact" : text) + " "));
                mixed.addAll(sources.citations(graphs));
            });
            parts.add(mixed);
        }
        if (first.asOf() != null) {
            parts.add(List.of(Span.text("as of " + first.asOf().words())));
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.text((first.bound() == null ? "" : first.bound() + " ") + amounts.get(first)));
        for (int i = 0; i < parts.size(); i++) {
            spans.add(Span.text(i == 0 ? " (" : "; "));
            spans.addAll(parts.get(i));
        }
        if (!parts.isEmpty()) {
            spans.add(Span.text(")"));
        }
        return merged(spans);
    }

    /** A qualifier in words as the ontology labels it; empty for an exact figure or a bound (said before the figure). */
    private String qualifierWords(Reading r) {
        Node q = r.quantity().qualifier();
        if (q == null || r.bound() != null || q.isURI() && q.getURI().equals(Vocabulary.EXACT)) {
            return "";
        }
        return words.term(q);
    }

    /** Adjacent plain texts joined, so a value reads as few spans as it can. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && s.link() == null && out.getLast().link() == null) {
                out.set(out.size() - 1, Span.text(out.getLast().text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The values of a line, entities with the same sources listed together ("Language, Vision [1]"), and no more than
     * LINE_CAP entities named, the rest counted.
     */
    private static List<Value> listed(List<Value> values, List<Boolean> entity) {
        List<Value> out = new ArrayList<>();
        int named = 0;
        int hidden = 0;
        boolean lastIsEntity = false;
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (!entity.get(i)) {
                out.add(v);
                lastIsEntity = false;
                continue;
            }
            if (named >= LINE_CAP) {
                hidden++;
                continue;
            }
            named++;
            if (lastIsEntity && out.getLast().sources().equals(v.sources())) {
                List<Span> spans = new ArrayList<>(out.getLast().words());
                spans.add(Span.text(", "));
                spans.addAll(v.words());
                out.set(out.size() - 1, new Value(spans, v.sources()));
            } else {
                out.add(v);
            }
            lastIsEntity = true;
        }
        if (hidden > 0) {
            for (int i = out.size() - 1; i >= 0; i--) {
                Value v = out.get(i);
                if (v.words().stream().anyMatch(s -> s.link() != null)) {
                    List<Span> spans = new ArrayList<>(v.words());
                    spans.add(Span.text(" and " + NumberWords.grouped(BigDecimal.valueOf(hidden)) + " more"));
                    out.set(i, new Value(spans, v.sources()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the sources disagree: two figures of the same measure and definition (reported as of the same time) that
     * cannot both be true, a figure of unknown definition that fits none of the defined ones, or dates that cannot overlap.
     */
    private static boolean disagree(List<Reading> readings, Map<Reading, Node> definitions) {
        List<Reading> figures = readings.stream().filter(Reading::isFigure).toList();
        for (Reading a : figures) {
            List<Reading> defined = figures.stream()
                    .filter(b -> b.quantity().measure().equals(a.quantity().measure()) && definitions.get(b) != null).toList();
            if (definitions.get(a) == null && !defined.isEmpty() && defined.stream().noneMatch(b -> fits(a, b))) {
                return true;
            }
            for (Reading b : figures) {
                if (a == b || !a.quantity().measure().equals(b.quantity().measure())) {
                    continue;
                }
                Node da = definitions.get(a);
                Node db = definitions.get(b);
                boolean comparable = da == null && db == null && defined.isEmpty() || da != null && da.equals(db);
                if (comparable && !fits(a, b)) {
                    return true;
                }
            }
        }
        List<Period> dates = readings.stream().map(Reading::period).filter(Objects::nonNull).toList();
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (!dates.get(i).overlaps(dates.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two figures can both be true: figures reported as of different dates always can. */
    private static boolean fits(Reading a, Reading b) {
        if (a.asOf() != null && b.asOf() != null && !a.asOf().overlaps(b.asOf())) {
            return true;
        }
        return a.quantity().compatible(b.quantity());
    }

    private Reading read(Stated s, Siblings siblings) {
        Node v = s.value();
        if (s.is(PRICE) && v.isLiteral()) {
            Reading price = price(s, siblings);
            if (price != null) {
                return price;
            }
        }
        if (v.isBlank()) {
            return s.part(Vocabulary.QUDT + "numericValue") != null || s.part(Vocabulary.SCHEMA + "value") != null
                    ? figure(s, siblings) : compound(s);
        }
        if (v.isURI()) {
            return Reading.words(s, List.of(new Span(words.name(v), v)), "<" + v.getURI() + ">");
        }
        BigDecimal number = decimal(v);
        if (number != null) {
            return Reading.figure(s, new Quantity(number, "number", null), d -> NumberWords.words(number, d), null, null,
                    null, List.of(), null);
        }
        String precision = Vocabulary.DATE_PRECISION.get(s.property().getURI());
        Period period = Period.of(v, precision == null ? null : siblings.value(s, precision));
        if (period != null) {
            return Reading.date(s, period);
        }
        String text = Words.literal(v);
        return Reading.words(s, List.of(Span.text(text)), "\"" + text);
    }

    private Reading figure(Stated s, Siblings siblings) {
        Node money = s.part(Vocabulary.SCHEMA + "value");
        BigDecimal number = decimal(money != null ? money : s.part(Vocabulary.QUDT + "numericValue"));
        if (number == null) {
            return compound(s);
        }
        Node qualifier = s.part(AIKG.NS + "qualifier");
        List<String> extras = new ArrayList<>();
        IntFunction<String> amount;
        String measure;
        if (money != null) {
            Node currency = s.part(Vocabulary.SCHEMA + "currency");
            Node year = s.part(AIKG.NS + "priceYear");
            String unit = (year == null ? "" : year.getLiteralLexicalForm() + " ")
                    + (currency == null ? "" : currency.getLiteralLexicalForm());
            amount = d -> NumberWords.money(number, d) + (unit.isBlank() ? "" : " " + unit.strip());
            measure = "money " + unit;
        } else {
            Node unit = s.part(Vocabulary.QUDT + "unit");
            boolean unitless = unit == null || unit.isURI() && unit.getURI().equals(Vocabulary.UNITLESS);
            if (unitless && Vocabulary.FRACTIONS.contains(s.property().getURI())) {
                BigDecimal percent = number.movePointRight(2);
                amount = d -> NumberWords.words(percent, d) + "%";
            } else if (unit != null && unit.isURI() && unit.getURI().equals(Vocabulary.WATTS) && number.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                int power = Math.min(Vocabulary.POWER_WORDS.size() - 1, (number.abs().precision() - number.abs().scale() - 1) / 3);
                BigDecimal scaled = number.movePointLeft(3 * power);
                amount = d -> NumberWords.words(scaled, d) + " " + Vocabulary.POWER_WORDS.get(power);
            } else {
                String unitWords = words.unit(unit, number.compareTo(BigDecimal.ONE) == 0);
                String suffix = unitWords.isEmpty() ? "" : Words.attached(unit) ? unitWords : " " + unitWords;
                amount = d -> NumberWords.words(number, d) + suffix;
            }
            if (unit != null && unit.isURI() && unit.getURI().equals(Vocabulary.HOURS) && number.compareTo(BigDecimal.valueOf(48)) >= 0) {
                BigDecimal[] days = number.divideAndRemainder(BigDecimal.valueOf(24));
                extras.add((days[1].signum() == 0 ? "" : "about ")
                        + NumberWords.grouped(number.divide(BigDecimal.valueOf(24), 0, RoundingMode.HALF_EVEN)) + " days");
            }
            measure = unit == null ? "number" : unit.toString();
        }
        for (Stated.Part part : s.parts()) {
            if (!Vocabulary.FIGURE_PARTS.contains(part.property().getURI())) {
                extras.add(words.term(part.property()) + " " + (part.value().isLiteral() ? Words.literal(part.value()) : words.name(part.value())));
            }
        }
        Node note = s.part(Vocabulary.SCHEMA + "description");
        return Reading.figure(s, new Quantity(number, measure, qualifier), amount, bound(qualifier),
                s.part(Vocabulary.FIGURE_DEFINITION), siblings.asOf(s), extras, note == null ? null : note.getLiteralLexicalForm());
    }

    private Reading price(Stated s, Siblings siblings) {
        BigDecimal number = decimal(s.value());
        if (number == null) {
            return null;
        }
        Node currency = siblings.value(s, Vocabulary.SCHEMA + "priceCurrency");
        Node per = siblings.value(s, AIKG.NS + "perTokens");
        Node direction = siblings.value(s, AIKG.NS + "tokenDirection");
        Node qualifier = siblings.value(s, AIKG.NS + "qualifier");
        StringBuilder unit = new StringBuilder();
        if (currency != null) {
            unit.append(' ').append(currency.getLiteralLexicalForm());
        }
        BigDecimal tokens = per == null ? null : decimal(per);
        if (tokens != null) {
            unit.append(" per ").append(NumberWords.words(tokens, 3)).append(' ')
                    .append(direction == null ? "tokens" : words.term(direction));
        }
        String measure = "price " + currency + " " + per + " " + direction;
        return Reading.figure(s, new Quantity(number, measure, qualifier), d -> NumberWords.money(number, d) + unit,
                bound(qualifier), null, siblings.asOf(s), List.of(), null);
    }

    private static String bound(Node qualifier) {
        return qualifier != null && qualifier.isURI() ? Vocabulary.BOUNDS.get(qualifier.getURI()) : null;
    }

    /** A blank node that is not a figure (an address): its parts' values in words, links kept. */
    private Reading compound(Stated s) {
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
        return Reading.words(s, spans, key.toString());
    }

    static BigDecimal decimal(Node node) {
        if (node == null || !node.isLiteral() || !(node.getLiteralValue() instanceof Number)) {
            return null;
        }
        try {
            return new BigDecimal(node.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The statements of a profile by subject, source and property, for the values that qualify others in the same
     * source: a date's precision, the date a figure was reported as of, the currency and token count of a price.
     */
    private static final class Siblings {

        private final Map<List<Node>, List<Node>> values = new HashMap<>();
        private final Set<List<Node>> figured = new HashSet<>();

        Siblings(List<Stated> statements) {
            for (Stated s : statements) {
                values.computeIfAbsent(List.of(s.subject(), s.graph(), s.property()), k -> new ArrayList<>()).add(s.value());
                boolean figure = s.value().isBlank() && (s.part(Vocabulary.QUDT + "numericValue") != null
                        || s.part(Vocabulary.SCHEMA + "value") != null);
                if (figure || s.is(PRICE)) {
                    figured.add(List.of(s.subject(), s.graph()));
                }
            }
        }

        /** The value the same source gives the same subject for the property, or null. */
        Node value(Stated s, String property) {
            List<Node> found = values.get(List.of(s.subject(), s.graph(), NodeFactory.createURI(property)));
            return found == null ? null : found.getFirst();
        }

        /** The date the source reported the subject's figures as of, to its precision, or null. */
        Period asOf(Stated s) {
            return Period.of(value(s, Vocabulary.AS_OF), value(s, Vocabulary.DATE_PRECISION.get(Vocabulary.AS_OF)));
        }

        /** Whether the source gives the subject a figure or a price. */
        boolean figured(Node subject, Node graph) {
            return figured.contains(List.of(subject, graph));
        }
    }
}

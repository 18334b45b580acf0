package org.aikg.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What belongs to an entity, found by the links that point to it and folded into its profile: training runs and
 * market events with their figures, models and other works by name, roles and members, claims, and the entities a
 * source describes. Every list is cut to a few entries with the total, so a hub with thousands of links stays quick.
 */
final class Folds {

    /** How many entities a list shows, and how many a section of facts folds in. */
    static final int LIST_CAP = 20;
    static final int FACTS_CAP = 5;

    private static final String KINDS = """
            SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {
              ?s ?p ?e FILTER (isIRI(?s)) FILTER NOT EXISTS { ?s a aikg:Claim }
            } GROUP BY ?p ORDER BY ?p""";

    private static final String LINKED = """
            SELECT ?s (MAX(STR(?d)) AS ?date) (MIN(STR(?n)) AS ?name) WHERE {
              ?s ?p ?e FILTER (isIRI(?s)) FILTER NOT EXISTS { ?s a aikg:Claim }
              OPTIONAL { ?s schema:datePublished|schema:startDate|dcterms:issued|aikg:asOf ?d }
              OPTIONAL { ?s schema:name|dcterms:title ?n }
            } GROUP BY ?s ORDER BY DESC(?date) ?name ?s""";

    private static final String LINK_DETAILS = """
            SELECT ?s ?g ?type WHERE { GRAPH ?g { ?s ?p ?e } OPTIONAL { ?s a ?type } }""";

    private static final String CLAIMS = """
            SELECT DISTINCT ?c WHERE { ?c ?p ?e . ?c a aikg:Claim } ORDER BY ?c""";

    private static final String CLAIM_COUNT = """
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c ?p ?e . ?c a aikg:Claim }""";

    private static final String CLAIM_DETAILS = """
            SELECT ?c ?g ?text ?speaker ?role ?affiliation ?about WHERE {
              GRAPH ?g { ?c aikg:paraphrase ?text }
              OPTIONAL { ?c aikg:speaker ?speaker }
              OPTIONAL { ?c aikg:speakerRole ?role }
              OPTIONAL { ?c aikg:speakerAffiliation ?affiliation }
              OPTIONAL { ?c schema:about ?about }
            }""";

    private static final String ROLES = """
            SELECT ?org ?role ?g WHERE {
              GRAPH ?g { ?m org:member ?e ; org:organization ?org OPTIONAL { ?m schema:roleName ?role } }
            } ORDER BY ?org ?role""";

    private static final String MEMBERS = """
            SELECT ?person ?role ?g WHERE {
              GRAPH ?g { ?m org:organization ?e ; org:member ?person OPTIONAL { ?m schema:roleName ?role } }
            } ORDER BY ?person ?role""";

    private static final String MEMBER_COUNT = """
            SELECT (COUNT(DISTINCT ?person) AS ?n) WHERE { ?m org:organization ?e ; org:member ?person }""";

    private static final String SOURCE_SIZE = """
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?e { ?s ?p ?o } }""";

    private static final String SOURCE_SUBJECT_COUNT = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?e { ?s ?p ?o } FILTER (isIRI(?s)) }""";

    private static final String SOURCE_SUBJECTS = """
            SELECT DISTINCT ?s WHERE { GRAPH ?e { ?s ?p ?o } FILTER (isIRI(?s)) }""";

    private static final String SOURCE_KINDS = """
            SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?e { ?s a ?type } FILTER (isIRI(?s) && isIRI(?type)) }
            GROUP BY ?type ORDER BY DESC(?n) ?type""";

    private static final String SOURCE_COUNTS = """
            SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?e { ?s ?p ?o } } GROUP BY ?s""";

    private final Fetch fetch;
    private final Words words;
    private final LineBuilder lines;
    private final SourceIndex sources;
    private final Statements statements;
    private final Dates dates;
    private Long sourceSize;

    Folds(Fetch fetch, Words words, LineBuilder lines, SourceIndex sources, Statements statements) {
        this.fetch = fetch;
        this.dates = new Dates(fetch);
        this.words = words;
        this.lines = lines;
        this.sources = sources;
        this.statements = statements;
    }

    /** The sections of the entity's profile, in reading order. */
    List<Section> sections(Node entity) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        Rows rows = fetch.rows(KINDS, Map.of("e", entity));
        for (int i = 0; i < rows.size(); i++) {
            kinds.put(rows.get(i, "p").getURI(), count(rows.get(i, "n")));
        }
        words.prefetch(kinds.keySet().stream().map(NodeFactory::createURI).toList());
        List<Section> sections = new ArrayList<>();
        for (Vocabulary.Fold fold : Vocabulary.FOLDS) {
            if (fold.style() == Vocabulary.Style.FACTS && kinds.containsKey(fold.property())) {
                sections.add(facts(entity, fold, kinds.get(fold.property())));
            }
        }
        add(sections, roles(entity));
        for (Vocabulary.Fold fold : Vocabulary.FOLDS) {
            if (fold.style() == Vocabulary.Style.LIST && kinds.containsKey(fold.property())) {
                sections.add(list(entity, fold.property(), fold.title(), kinds.get(fold.property())));
            }
        }
        add(sections, members(entity));
        add(sections, claims(entity));
        Set<String> folded = new HashSet<>(Vocabulary.NOT_FOLDED);
        Vocabulary.FOLDS.forEach(f -> folded.add(f.property()));
        kinds.forEach((property, total) -> {
            if (!folded.contains(property)) {
                sections.add(list(entity, property, "Linked as " + words.term(NodeFactory.createURI(property)), total));
            }
        });
        add(sections, described(entity));
        return sections;
    }

    private static void add(List<Section> sections, Section section) {
        if (section != null && !section.entries().isEmpty()) {
            sections.add(section);
        }
    }

    private static long count(Node literal) {
        return literal == null ? 0 : Long.parseLong(literal.getLiteralLexicalForm());
    }

    /** Linking entities with their own facts, most recent first: a model's training run, a company's market events. */
    private Section facts(Node entity, Vocabulary.Fold fold, long total) {
        Node property = NodeFactory.createURI(fold.property());
        List<Node> shown = column(fetch.rows(LINKED, Map.of("e", entity, "p", property), FACTS_CAP), "s");
        Map<Node, Set<Node>> graphs = new LinkedHashMap<>();
        linkDetails(entity, property, shown, graphs, new LinkedHashMap<>());
        Map<Node, List<Stated>> out = statements.outgoing(shown);
        words.prefetch(shown);
        List<Entry> entries = new ArrayList<>();
        for (Node s : shown) {
            List<Stated> said = out.getOrDefault(s, List.of());
            List<Line> folded = new ArrayList<>(lines.lines(said, Set.of(fold.property())));
            List<Value> notes = lines.notes(said);
            if (!notes.isEmpty()) {
                folded.add(new Line("note", notes, List.of(), false));
            }
            String name = fold.unnamed() != null && !words.named(s) ? words.name(entity) + " " + fold.unnamed() : words.name(s);
            Value head = new Value(List.of(new Span(name, s)), sources.refs(graphs.getOrDefault(s, Set.of())));
            entries.add(new Entry(head, folded));
        }
        return new Section(fold.title(), total, entries);
    }

    /** Linking entities by name, with their kind and date, most recent first. */
    private Section list(Node entity, String propertyIri, String title, long total) {
        Node property = NodeFactory.createURI(propertyIri);
        Rows rows = fetch.rows(LINKED, Map.of("e", entity, "p", property), LIST_CAP);
        List<Node> shown = column(rows, "s");
        Map<Node, Set<Node>> graphs = new LinkedHashMap<>();
        Map<Node, Set<Node>> types = new LinkedHashMap<>();
        linkDetails(entity, property, shown, graphs, types);
        List<Node> named = new ArrayList<>(shown);
        types.values().forEach(named::addAll);
        words.prefetch(named);
        Map<Node, Period> dates = this.dates.of(shown);
        List<Entry> entries = new ArrayList<>();
        for (Node s : shown) {
            List<String> detail = new ArrayList<>();
            types.getOrDefault(s, Set.of()).stream().map(words::term).sorted().findFirst().ifPresent(detail::add);
            if (dates.containsKey(s)) {
                detail.add(dates.get(s).words());
            }
            List<Span> head = new ArrayList<>(List.of(new Span(words.name(s), s)));
            if (!detail.isEmpty()) {
                head.add(Span.text(" (" + String.join(", ", detail) + ")"));
            }
            entries.add(new Entry(new Value(head, sources.refs(graphs.getOrDefault(s, Set.of()))), List.of()));
        }
        return new Section(title, total, entries);
    }

    private void linkDetails(Node entity, Node property, List<Node> shown, Map<Node, Set<Node>> graphs,
            Map<Node, Set<Node>> types) {
        Rows details = fetch.rows(LINK_DETAILS, Map.of("e", entity, "p", property), "s", shown);
        for (int i = 0; i < details.size(); i++) {
            Node s = details.get(i, "s");
            graphs.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(details.get(i, "g"));
            Node type = details.get(i, "type");
            if (type != null && type.isURI() && type.getURI().startsWith(AIKG.NS)) {
                types.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(type);
            }
        }
    }

    private static List<Node> column(Rows rows, String column) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            nodes.add(rows.get(i, column));
        }
        return nodes;
    }

    /** A person's roles: what they are at which organization, as W3C ORG memberships state it. */
    private Section roles(Node entity) {
        Rows rows = fetch.rows(ROLES, Map.of("e", entity));
        Map<Node, Set<String>> roles = new LinkedHashMap<>();
        Map<Node, Set<Node>> graphs = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Node org = rows.get(i, "org");
            Set<String> names = roles.computeIfAbsent(org, k -> new LinkedHashSet<>());
            if (rows.get(i, "role") != null) {
                names.add(rows.get(i, "role").getLiteralLexicalForm());
            }
            graphs.computeIfAbsent(org, k -> new LinkedHashSet<>()).add(rows.get(i, "g"));
        }
        words.prefetch(roles.keySet());
        List<Entry> entries = new ArrayList<>();
        roles.forEach((org, names) -> {
            List<Span> head = new ArrayList<>();
            if (!names.isEmpty()) {
                head.add(Span.text(String.join(" and ", names) + " at "));
            }
            head.add(new Span(words.name(org), org));
            entries.add(new Entry(new Value(head, sources.refs(graphs.get(org))), List.of()));
        });
        return new Section("Roles", entries.size(), entries.stream().limit(LIST_CAP).toList());
    }

    /** An organization's people and their roles. */
    private Section members(Node entity) {
        long total = fetch.count(MEMBER_COUNT, Map.of("e", entity));
        if (total == 0) {
            return null;
        }
        Rows rows = fetch.rows(MEMBERS, Map.of("e", entity), LIST_CAP * 4L);
        Map<Node, Set<String>> roles = new LinkedHashMap<>();
        Map<Node, Set<Node>> graphs = new LinkedHashMap<>();
        for (int i = 0; i < rows.size() && (roles.size() < LIST_CAP || roles.containsKey(rows.get(i, "person"))); i++) {
            Node person = rows.get(i, "person");
            Set<String> names = roles.computeIfAbsent(person, k -> new LinkedHashSet<>());
            if (rows.get(i, "role") != null) {
                names.add(rows.get(i, "role").getLiteralLexicalForm());
            }
            graphs.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(rows.get(i, "g"));
        }
        words.prefetch(roles.keySet());
        List<Entry> entries = new ArrayList<>();
        roles.forEach((person, names) -> {
            List<Span> head = new ArrayList<>(List.of(new Span(words.name(person), person)));
            if (!names.isEmpty()) {
                head.add(Span.text(", " + String.join(" and ", names)));
            }
            entries.add(new Entry(new Value(head, sources.refs(graphs.get(person))), List.of()));
        });
        return new Section("People", total, entries);
    }

    /** The claims that name the entity (as speaker, subject, affiliation or source): who said what, about what. */
    private Section claims(Node entity) {
        long total = fetch.count(CLAIM_COUNT, Map.of("e", entity));
        if (total == 0) {
            return null;
        }
        List<Node> shown = column(fetch.rows(CLAIMS, Map.of("e", entity), LIST_CAP), "c");
        Rows rows = fetch.rows(CLAIM_DETAILS, Map.of(), "c", shown);
        Map<Node, ClaimParts> claims = new LinkedHashMap<>();
        shown.forEach(c -> claims.put(c, new ClaimParts()));
        Set<Node> named = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ClaimParts c = claims.get(rows.get(i, "c"));
            c.text = c.text != null ? c.text : rows.get(i, "text").getLiteralLexicalForm();
            c.graphs.add(rows.get(i, "g"));
            c.speaker = c.speaker != null ? c.speaker : rows.get(i, "speaker");
            c.role = c.role != null ? c.role : rows.get(i, "role");
            c.affiliation = c.affiliation != null ? c.affiliation : rows.get(i, "affiliation");
            if (rows.get(i, "about") != null && !rows.get(i, "about").equals(entity)) {
                c.about.add(rows.get(i, "about"));
            }
            named.addAll(c.about);
            named.add(c.speaker);
            named.add(c.affiliation);
        }
        named.remove(null);
        words.prefetch(named);
        List<Entry> entries = new ArrayList<>();
        claims.forEach((claim, c) -> {
            if (c.text != null) {
                entries.add(new Entry(new Value(c.spans(entity, words), sources.refs(c.graphs)), List.of()));
            }
        });
        return new Section("Claims", total, entries);
    }

    /** One claim's parts while its rows are read. */
    private static final class ClaimParts {
        String text;
        Node speaker;
        Node role;
        Node affiliation;
        final Set<Node> about = new LinkedHashSet<>();
        final Set<Node> graphs = new LinkedHashSet<>();

        List<Span> spans(Node entity, Words words) {
            List<Span> spans = new ArrayList<>();
            if (speaker != null && !speaker.equals(entity)) {
                spans.add(new Span(words.name(speaker), speaker));
                boolean hasRole = role != null;
                boolean hasAffiliation = affiliation != null && !affiliation.equals(entity);
                if (hasRole || hasAffiliation) {
                    spans.add(Span.text(" (" + (hasRole ? role.getLiteralLexicalForm() : "") + (hasRole && hasAffiliation ? ", " : "")));
                    if (hasAffiliation) {
                        spans.add(new Span(words.name(affiliation), affiliation));
                    }
                    spans.add(Span.text(")"));
                }
            }
            List<Node> topics = about.stream().sorted(Comparator.comparing(words::name)).toList();
            for (int i = 0; i < topics.size(); i++) {
                spans.add(Span.text(i > 0 ? ", " : spans.isEmpty() ? "about " : ", about "));
                spans.add(new Span(words.name(topics.get(i)), topics.get(i)));
            }
            spans.add(Span.text(spans.isEmpty() ? text : ": " + text));
            return spans;
        }
    }

    /** For a source: some of the entities it describes, by name, each with how many statements it makes about it. */
    private Section described(Node entity) {
        if (sourceSize(entity) == 0) {
            return null;
        }
        long total = fetch.count(SOURCE_SUBJECT_COUNT, Map.of("e", entity));
        List<Node> shown = new ArrayList<>(column(fetch.rows(SOURCE_SUBJECTS, Map.of("e", entity), LIST_CAP), "s"));
        words.prefetch(shown);
        shown.sort(Comparator.comparing((Node s) -> words.name(s).toLowerCase(java.util.Locale.ROOT)).thenComparing(s -> s.toString()));
        Rows counts = fetch.rows(SOURCE_COUNTS, Map.of("e", entity), "s", shown);
        Map<Node, Long> statements = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            statements.put(counts.get(i, "s"), count(counts.get(i, "n")));
        }
        List<Entry> entries = new ArrayList<>();
        for (Node s : shown) {
            long n = statements.getOrDefault(s, 0L);
            entries.add(new Entry(new Value(List.of(new Span(words.name(s), s),
                    Span.text(" (" + NumberWords.grouped(java.math.BigDecimal.valueOf(n)) + (n == 1 ? " statement)" : " statements)"))),
                    List.of()), List.of()));
        }
        return new Section("Entities it describes", total, entries);
    }

    /** For a source: how many statements it holds, and how many things of each kind it describes; none for other entities. */
    List<Line> sourceLines(Node entity) {
        long size = sourceSize(entity);
        if (size == 0) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("statements in this source",
                List.of(new Value(List.of(Span.text(NumberWords.grouped(java.math.BigDecimal.valueOf(size)))), List.of())), List.of(), false));
        Rows kinds = fetch.rows(SOURCE_KINDS, Map.of("e", entity), LIST_CAP);
        List<Node> types = column(kinds, "type");
        words.prefetch(types);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            long n = count(kinds.get(i, "n"));
            String word = words.term(types.get(i));
            spans.add(Span.text((i == 0 ? "" : ", ") + NumberWords.grouped(java.math.BigDecimal.valueOf(n)) + " "));
            spans.add(new Span(n == 1 ? word : Words.plural(word), types.get(i)));
        }
        if (!spans.isEmpty()) {
            lines.add(new Line("things it describes", List.of(new Value(spans, List.of())), List.of(), false));
        }
        return lines;
    }

    /** The number of statements the entity holds as a source graph; 0 when it is not one. */
    long sourceSize(Node entity) {
        if (sourceSize == null) {
            Rows size = fetch.rows(SOURCE_SIZE, Map.of("e", entity));
            sourceSize = size.size() == 0 ? 0 : count(size.get(0, "n"));
        }
        return sourceSize;
    }
}

package org.aikg.shell.picture.neighbourhood;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;

/**
 * The words and the class and property hierarchy of the ontology, and what they make of a node's types and a
 * property: its kind, its label, the kind of relation.
 */
final class Vocabulary {

    static final String SCHEMA = "https://schema.org/";
    static final String AIKG = "https://w3id.org/aikg/ns#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String QUDT = "http://qudt.org/schema/qudt/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private static final List<Map.Entry<NodeKind, Set<String>>> NODE_KINDS = List.of(
            Map.entry(NodeKind.CLAIM, Set.of(AIKG + "Claim", SCHEMA + "Claim")),
            Map.entry(NodeKind.MODEL, Set.of(AIKG + "AIModel", AIKG + "ModelFamily", AIKG + "AIService",
                    SCHEMA + "SoftwareApplication", SCHEMA + "Service")),
            Map.entry(NodeKind.ACTIVITY, Set.of(PROV + "Activity", AIKG + "TrainingRun")),
            Map.entry(NodeKind.PERSON, Set.of(SCHEMA + "Person", FOAF + "Person", PROV + "Person")),
            Map.entry(NodeKind.ORGANIZATION, Set.of(SCHEMA + "Organization", ORG + "Organization",
                    ORG + "FormalOrganization", FOAF + "Organization")),
            Map.entry(NodeKind.HARDWARE, Set.of(AIKG + "GPUModel", SCHEMA + "ProductModel", SCHEMA + "Product")),
            Map.entry(NodeKind.PLACE, Set.of(SCHEMA + "Place", SCHEMA + "Country", SCHEMA + "AdministrativeArea")),
            Map.entry(NodeKind.EVENT, Set.of(AIKG + "MarketEvent", SCHEMA + "Event")),
            Map.entry(NodeKind.CONCEPT, Set.of(SKOS + "Concept", SKOS + "ConceptScheme", DCTERMS + "LicenseDocument",
                    QUDT + "Unit")),
            Map.entry(NodeKind.SOURCE, Set.of(SCHEMA + "CreativeWork", PROV + "Entity", SCHEMA + "WebPage",
                    SCHEMA + "ScholarlyArticle", SCHEMA + "NewsArticle", SCHEMA + "OpinionNewsArticle",
                    SCHEMA + "Report", SCHEMA + "Article")));

    private static final List<Map.Entry<RelationKind, Set<String>>> RELATION_KINDS = List.of(
            Map.entry(RelationKind.CLAIM, Set.of(AIKG + "speaker", AIKG + "speakerAffiliation", AIKG + "supports",
                    SCHEMA + "about", SCHEMA + "subjectOf", DCTERMS + "source", SCHEMA + "mentions")),
            Map.entry(RelationKind.PROVENANCE, Set.of(PROV + "generated", PROV + "used", PROV + "wasGeneratedBy",
                    PROV + "wasDerivedFrom", PROV + "wasInformedBy", AIKG + "baseModel", AIKG + "precedentFor")),
            Map.entry(RelationKind.MAKER, Set.of(SCHEMA + "creator", SCHEMA + "author", SCHEMA + "owns",
                    SCHEMA + "manufacturer", SCHEMA + "provider", SCHEMA + "publisher", SCHEMA + "funder",
                    SCHEMA + "parentOrganization", SCHEMA + "subOrganization", DCTERMS + "creator",
                    DCTERMS + "publisher", PROV + "wasAttributedTo", AIKG + "priceOf")),
            Map.entry(RelationKind.PART, Set.of(SCHEMA + "isPartOf", SCHEMA + "hasPart", SCHEMA + "member",
                    SCHEMA + "memberOf", ORG + "member", ORG + "organization", ORG + "memberOf", SCHEMA + "employee",
                    SCHEMA + "worksFor", SCHEMA + "founder", AIKG + "index")),
            Map.entry(RelationKind.CLASSIFICATION, Set.of(AIKG + "accessLevel", SCHEMA + "license",
                    DCTERMS + "license", AIKG + "domain", AIKG + "notabilityCriterion", AIKG + "organizationCategory",
                    AIKG + "trainingCodeAccess", AIKG + "inferenceCodeAccess", AIKG + "computeEstimationMethod",
                    AIKG + "tokenDirection", AIKG + "qualifier", QUDT + "unit", SKOS + "inScheme",
                    SKOS + "broader", SKOS + "narrower", SCHEMA + "location", SCHEMA + "addressCountry")));

    private final Map<String, String> labels;
    private final Map<String, Set<String>> supers;

    private Vocabulary(Map<String, String> labels, Map<String, Set<String>> supers) {
        this.labels = labels;
        this.supers = supers;
    }

    /** The vocabulary from two result sets: (?t ?label) and (?t ?super). */
    static Vocabulary of(Rows labelRows, Rows hierarchyRows) {
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < labelRows.size(); i++) {
            Node term = labelRows.get(i, "t");
            Node label = labelRows.get(i, "label");
            if (!term.isURI() || !label.isLiteral()) {
                continue;
            }
            String lang = label.getLiteralLanguage().toLowerCase(Locale.ROOT);
            int r = lang.equals("en") ? 0 : lang.isEmpty() ? 1 : lang.startsWith("en") ? 2 : 3;
            String text = label.getLiteralLexicalForm();
            Integer seen = rank.get(term.getURI());
            if (seen == null || r < seen || r == seen && text.compareTo(labels.get(term.getURI())) < 0) {
                labels.put(term.getURI(), text);
                rank.put(term.getURI(), r);
            }
        }
        Map<String, Set<String>> direct = new HashMap<>();
        for (int i = 0; i < hierarchyRows.size(); i++) {
            Node term = hierarchyRows.get(i, "t");
            Node sup = hierarchyRows.get(i, "super");
            if (term.isURI() && sup.isURI()) {
                direct.computeIfAbsent(term.getURI(), k -> new TreeSet<>()).add(sup.getURI());
            }
        }
        return new Vocabulary(labels, closure(direct));
    }

    private static Map<String, Set<String>> closure(Map<String, Set<String>> direct) {
        Map<String, Set<String>> all = new HashMap<>();
        for (String term : direct.keySet()) {
            Set<String> reached = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(term));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (reached.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            all.put(term, reached);
        }
        return all;
    }

    /** The term itself and everything above it. */
    Set<String> closure(String iri) {
        Set<String> all = new LinkedHashSet<>();
        all.add(iri);
        all.addAll(supers.getOrDefault(iri, Set.of()));
        return all;
    }

    /** The label of a term in the ontology, or null. */
    String label(String iri) {
        return labels.get(iri);
    }

    /** The kind of a node with these types. */
    NodeKind nodeKind(Collection<String> types) {
        Set<String> all = new LinkedHashSet<>();
        types.forEach(t -> all.addAll(closure(t)));
        for (Map.Entry<NodeKind, Set<String>> kind : NODE_KINDS) {
            if (all.stream().anyMatch(kind.getValue()::contains)) {
                return kind.getKey();
            }
        }
        return NodeKind.OTHER;
    }

    /** The label of the most specific labelled type, or "". */
    String typeLabel(Collection<String> types) {
        return types.stream().filter(labels::containsKey)
                .sorted(Comparator.comparing((String t) -> -closure(t).size()).thenComparing(t -> t))
                .map(labels::get).findFirst().orElse("");
    }

    /** The kind of relation a property makes: its own entry first, then those of its super-properties. */
    RelationKind relationKind(String property) {
        for (Map.Entry<RelationKind, Set<String>> kind : RELATION_KINDS) {
            if (kind.getValue().contains(property)) {
                return kind.getKey();
            }
        }
        Set<String> all = closure(property);
        for (Map.Entry<RelationKind, Set<String>> kind : RELATION_KINDS) {
            if (all.stream().anyMatch(kind.getValue()::contains)) {
                return kind.getKey();
            }
        }
        return RelationKind.OTHER;
    }

    /** The words for a property: its label, or its local name split into words. */
    String relationLabel(String property) {
        String label = labels.get(property);
        return label != null ? label : words(localName(property));
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** "datePublished" becomes "date published"; runs of capitals such as "GPU" stay together. */
    static String words(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replaceAll("(?<=[A-Z])(?=[A-Z][a-z])", " ")
                .replace('_', ' ');
        StringBuilder out = new StringBuilder();
        for (String word : spaced.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            out.append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

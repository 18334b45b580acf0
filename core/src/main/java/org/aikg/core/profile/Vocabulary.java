package org.aikg.core.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ontology.AIKG;

/**
 * The words aikg uses for terms of reused vocabularies (schema.org, PROV, DCTerms, QUDT) and for its units and
 * qualifiers, the order of a profile's lines, and how links to an entity are folded into its profile. The aikg
 * ontology's own labels come from the store; these words cover what the store does not label.
 */
final class Vocabulary {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String QUDT = "http://qudt.org/schema/qudt/";
    static final String UNIT = "http://qudt.org/vocab/unit/";
    static final String ORG = "http://www.w3.org/ns/org#";

    static final String TYPE = RDF + "type";

    /** Words for properties, where the store has no label or a plainer word reads better. */
    static final Map<String, String> PROPERTY_WORDS = Map.ofEntries(
            Map.entry(TYPE, "type"),
            Map.entry(SCHEMA + "name", "name"),
            Map.entry(SCHEMA + "alternateName", "also called"),
            Map.entry(SCHEMA + "creator", "made by"),
            Map.entry(SCHEMA + "author", "authors"),
            Map.entry(SCHEMA + "datePublished", "published"),
            Map.entry(SCHEMA + "license", "licence"),
            Map.entry(SCHEMA + "codeRepository", "code"),
            Map.entry(SCHEMA + "isPartOf", "part of"),
            Map.entry(SCHEMA + "location", "located in"),
            Map.entry(SCHEMA + "address", "address"),
            Map.entry(SCHEMA + "manufacturer", "manufacturer"),
            Map.entry(SCHEMA + "owns", "owns"),
            Map.entry(SCHEMA + "member", "members"),
            Map.entry(SCHEMA + "about", "about"),
            Map.entry(SCHEMA + "url", "web address"),
            Map.entry(SCHEMA + "startDate", "date"),
            Map.entry(SCHEMA + "endDate", "until"),
            Map.entry(SCHEMA + "price", "price"),
            Map.entry(SCHEMA + "validFrom", "valid from"),
            Map.entry(SCHEMA + "serviceType", "service type"),
            Map.entry(SCHEMA + "identifier", "identifier"),
            Map.entry(SCHEMA + "subjectOf", "described in"),
            Map.entry(SCHEMA + "roleName", "role"),
            Map.entry(SCHEMA + "description", "description"),
            Map.entry(PROV + "generated", "trained"),
            Map.entry(PROV + "used", "hardware"),
            Map.entry(PROV + "wasDerivedFrom", "derived from"),
            Map.entry(DCT + "title", "title"),
            Map.entry(DCT + "publisher", "publisher"),
            Map.entry(DCT + "creator", "author"),
            Map.entry(DCT + "issued", "issued"),
            Map.entry(DCT + "identifier", "identifier"),
            Map.entry(DCT + "license", "licence"),
            Map.entry(DCT + "source", "source"),
            Map.entry(DCT + "bibliographicCitation", "citation"),
            Map.entry(SKOS + "prefLabel", "label"),
            Map.entry(SKOS + "inScheme", "scheme"),
            Map.entry(SKOS + "broader", "broader"),
            Map.entry(RDFS + "comment", "comment"),
            Map.entry(RDFS + "label", "label"));

    /** Words for classes of reused vocabularies. */
    static final Map<String, String> CLASS_WORDS = Map.of(
            SCHEMA + "Person", "person",
            SCHEMA + "Country", "country",
            SCHEMA + "Organization", "organization",
            PROV + "Entity", "source",
            DCT + "LicenseDocument", "licence",
            SKOS + "Concept", "concept");

    /** Titles for aikg's own graphs, which the catalogue does not describe as sources. */
    static final Map<String, String> GRAPH_TITLES = Map.of(
            AIKG.GRAPH + "sources", "aikg source catalogue",
            AIKG.GRAPH + "entities", "aikg entity registry");

    /** A unit's words: singular, plural, and whether it follows the number without a space (as % does). */
    record UnitWords(String one, String many, boolean attached) {}

    static final Map<String, UnitWords> UNIT_WORDS = Map.of(
            AIKG.NS + "Parameter", new UnitWords("parameter", "parameters", false),
            AIKG.NS + "GPUHour", new UnitWords("GPU-hour", "GPU-hours", false),
            AIKG.NS + "Token", new UnitWords("token", "tokens", false),
            AIKG.NS + "IndexPoint", new UnitWords("index point", "index points", false),
            AIKG.NS + "FLOP", new UnitWords("FLOP", "FLOP", false),
            AIKG.NS + "Chip", new UnitWords("chip", "chips", false),
            AIKG.NS + "Datapoint", new UnitWords("datapoint", "datapoints", false),
            UNIT + "PERCENT", new UnitWords("%", "%", true),
            UNIT + "HR", new UnitWords("hour", "hours", false),
            UNIT + "W", new UnitWords("watt", "watts", false));

    /** A unit that has no words at all: the number stands alone. */
    static final String UNITLESS = UNIT + "UNITLESS";

    /** Qualifiers that read before the figure ("at least 30.8 million"): the bounds. Their figures never merge with others. */
    static final Map<String, String> BOUNDS = Map.of(
            AIKG.NS + "LowerBound", "at least",
            AIKG.NS + "UpperBound", "at most");

    /** The qualifier of a figure given to its last unit: it needs no word. Other qualifiers read by their label in the ontology. */
    static final String EXACT = AIKG.NS + "Exact";

    /** The date properties and, for each, the property that gives its precision on the same subject in the same source. */
    static final Map<String, String> DATE_PRECISION = Map.of(
            SCHEMA + "startDate", AIKG.NS + "startDatePrecision",
            SCHEMA + "endDate", AIKG.NS + "endDatePrecision",
            SCHEMA + "datePublished", AIKG.NS + "datePublishedPrecision",
            DCT + "issued", AIKG.NS + "issuedPrecision",
            AIKG.NS + "asOf", AIKG.NS + "asOfPrecision");

    /** When a source reported a figure: shown with the figures of the same subject and source. */
    static final String AS_OF = AIKG.NS + "asOf";

    /** What a figure counts, where sources count a quantity in more than one way. */
    static final String FIGURE_DEFINITION = AIKG.NS + "figureDefinition";

    /** Figures that are fractions (0 to 1) and read as percentages. */
    static final Set<String> FRACTIONS = Set.of(AIKG.NS + "hardwareUtilization");

    /** Power in watts reads with an SI prefix: thousands of watts are kilowatts, millions megawatts. */
    static final String WATTS = UNIT + "W";
    static final List<String> POWER_WORDS = List.of("watts", "kilowatts", "megawatts", "gigawatts");

    /** Figures in hours that also read in days when they are long. */
    static final String HOURS = UNIT + "HR";

    /** Properties whose values are shown as notes under the facts rather than as lines. */
    static final Set<String> NOTES = Set.of(SCHEMA + "description", DCT + "description", RDFS + "comment");

    /** Properties the header already shows. */
    static final Set<String> HEADER = Set.of(TYPE, SCHEMA + "name");

    /** The parts of a figure that make its words; any other part is added in brackets by its label. */
    static final Set<String> FIGURE_PARTS = Set.of(TYPE, QUDT + "numericValue", QUDT + "unit", SCHEMA + "value",
            SCHEMA + "currency", AIKG.NS + "qualifier", AIKG.NS + "priceYear", SCHEMA + "description", FIGURE_DEFINITION);

    /** The parts of a priced offer (an API price) that make one figure. */
    static final Set<String> PRICE_PARTS = Set.of(SCHEMA + "price", SCHEMA + "priceCurrency", AIKG.NS + "perTokens",
            AIKG.NS + "tokenDirection", AIKG.NS + "qualifier");

    /** The order of the lines of a profile: these first, in this order; the rest by their words. */
    static final List<String> ORDER = List.of(
            SCHEMA + "alternateName", AIKG.NS + "formerName",
            SCHEMA + "creator", SCHEMA + "author", SCHEMA + "datePublished", SCHEMA + "startDate", SCHEMA + "endDate",
            AIKG.NS + "parameterCount", AIKG.NS + "activeParameterCount",
            PROV + "used", AIKG.NS + "hardwareQuantity", AIKG.NS + "gpuHours", AIKG.NS + "trainingCompute",
            AIKG.NS + "finetuneCompute", AIKG.NS + "trainingTime", AIKG.NS + "trainingCost", AIKG.NS + "trainingTokens",
            AIKG.NS + "trainingDataset", AIKG.NS + "trainingDatasetSize", AIKG.NS + "amount", AIKG.NS + "indexLevel",
            AIKG.NS + "changePercent", AIKG.NS + "sharePercent", SCHEMA + "price", AS_OF,
            AIKG.NS + "baseModel", AIKG.NS + "accessLevel", SCHEMA + "license", SCHEMA + "codeRepository");

    /** How links of one kind to an entity are folded into its profile. */
    enum Style {
        /** Each linking entity with its own facts (a model's training run, a company's market events). */
        FACTS,
        /** The linking entities by name, kind and date. */
        LIST
    }

    /**
     * A fold: the property that links to the entity, the title of its section, its style, and for a FACTS fold the
     * word that names an unnamed linking entity after the entity's name ("GPT-4 training"), or null.
     */
    record Fold(String property, String title, Style style, String unnamed) {

        Fold(String property, String title, Style style) {
            this(property, title, style, null);
        }
    }

    /** The folds, in the order their sections appear; links of other kinds get a list titled by their property. */
    static final List<Fold> FOLDS = List.of(
            new Fold(PROV + "generated", "Training run", Style.FACTS, "training"),
            new Fold(AIKG.NS + "priceOf", "API prices", Style.FACTS),
            new Fold(AIKG.NS + "provider", "API prices", Style.FACTS),
            new Fold(AIKG.NS + "subject", "Market events", Style.FACTS),
            new Fold(AIKG.NS + "index", "Market events", Style.FACTS),
            new Fold(SCHEMA + "creator", "Models and works", Style.LIST),
            new Fold(SCHEMA + "author", "Authored", Style.LIST),
            new Fold(AIKG.NS + "baseModel", "Models built on it", Style.LIST),
            new Fold(SCHEMA + "isPartOf", "Parts", Style.LIST),
            new Fold(SCHEMA + "manufacturer", "Products", Style.LIST),
            new Fold(PROV + "used", "Used by", Style.LIST),
            new Fold(SCHEMA + "owns", "Owned by", Style.LIST),
            new Fold(SCHEMA + "member", "Member of", Style.LIST),
            new Fold(DCT + "creator", "Sources it wrote", Style.LIST),
            new Fold(DCT + "publisher", "Sources it published", Style.LIST),
            new Fold(SCHEMA + "about", "About it", Style.LIST),
            new Fold(SCHEMA + "location", "Located here", Style.LIST),
            new Fold(SCHEMA + "license", "Under this licence", Style.LIST),
            new Fold(AIKG.NS + "accessLevel", "Models with this access level", Style.LIST),
            new Fold(AIKG.NS + "domain", "Models in this domain", Style.LIST),
            new Fold(AIKG.NS + "organizationCategory", "Organizations in this category", Style.LIST),
            new Fold(AIKG.NS + "precedentFor", "Precedents", Style.LIST),
            new Fold(PROV + "wasDerivedFrom", "Derived from it", Style.LIST));

    /** Links that are no part of a profile: class membership, and the links claims and memberships make (they have their own sections). */
    static final Set<String> NOT_FOLDED = Set.of(TYPE, SKOS + "inScheme", SKOS + "broader", ORG + "member", ORG + "organization");

    private Vocabulary() {}
}

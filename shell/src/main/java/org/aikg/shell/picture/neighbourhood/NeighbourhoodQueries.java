package org.aikg.shell.picture.neighbourhood;

/**
 * The SPARQL the neighbourhood reader runs; the entity (?e), a property (?p) and the ontology graph (?o) are bound
 * as parameters, never written into the text.
 */
final class NeighbourhoodQueries {

    static final String SKIPPED = """
            FILTER (?p NOT IN (rdf:type, schema:name, schema:alternateName, aikg:formerName, rdfs:label, rdfs:comment,
                    skos:prefLabel, skos:altLabel, skos:hiddenLabel, skos:definition, schema:description,
                    dcterms:description, dcterms:title, aikg:paraphrase, owl:sameAs))""";

    static final String LINKED = """
              { GRAPH ?g { ?e ?p ?n } FILTER (!isBlank(?n)) BIND (false AS ?incoming) }
              UNION
              { GRAPH ?g { ?n ?p ?e } FILTER (isIRI(?n)) BIND (true AS ?incoming) }
              FILTER (?n != ?e)
              FILTER (!isLiteral(?n) || (DATATYPE(?n) != xsd:string && DATATYPE(?n) != rdf:langString))
            """ + SKIPPED;

    static final String DESCRIBED = """
              OPTIONAL { ?n schema:name ?name }
              OPTIONAL { ?n skos:prefLabel|rdfs:label|dcterms:title ?label }
              OPTIONAL { ?n a ?type }
              OPTIONAL { ?n aikg:speaker/schema:name ?speaker OPTIONAL { ?n aikg:paraphrase ?paraphrase } }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    static final String RELATIONS = """
            SELECT ?incoming ?p ?blank (COUNT(DISTINCT ?n) AS ?count) WHERE {
              { GRAPH ?g { ?e ?p ?n } BIND (false AS ?incoming) }
              UNION
              { GRAPH ?g { ?n ?p ?e } FILTER (!isLiteral(?n)) BIND (true AS ?incoming) }
              FILTER (?n != ?e)
              FILTER (!isLiteral(?n) || (DATATYPE(?n) != xsd:string && DATATYPE(?n) != rdf:langString))
              BIND (isBlank(?n) AS ?blank)
            """ + SKIPPED + """
            } GROUP BY ?incoming ?p ?blank""";

    static final String ALL_LINKED = "SELECT ?incoming ?p ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase"
            + " WHERE {\n" + LINKED + "\n" + DESCRIBED;

    static final String FIRST_OUT = """
            SELECT ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase WHERE {
              { SELECT DISTINCT ?n WHERE { GRAPH ?h { ?e ?p ?n } FILTER (!isBlank(?n)) %2$s } ORDER BY ?n LIMIT %1$d }
              GRAPH ?g { ?e ?p ?n } %2$s
            """ + DESCRIBED;

    static final String FIRST_IN = """
            SELECT ?n ?g ?title ?name ?label ?type ?speaker ?paraphrase WHERE {
              { SELECT DISTINCT ?n WHERE { GRAPH ?h { ?n ?p ?e } FILTER (isIRI(?n)) %2$s } ORDER BY ?n LIMIT %1$d }
              GRAPH ?g { ?n ?p ?e } %2$s
            """ + DESCRIBED;

    /**
     * Picks the property by its text (bound as ?ps) where it cannot be bound as an IRI: core's parameter check
     * refuses IRIs with a fragment, such as aikg:domain.
     */
    static final String PROPERTY_BY_TEXT = "FILTER (STR(?p) = ?ps)";

    static final String OWN_BLANKS = """
            SELECT ?p ?b ?g ?title ?part ?v WHERE {
              GRAPH ?g { ?e ?p ?b FILTER (isBlank(?b)) ?b ?part ?v }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    static final String FIGURES_POINTING_HERE = """
            SELECT ?p (COUNT(DISTINCT ?b) AS ?count) WHERE {
              GRAPH ?g { ?b ?p ?e FILTER (isBlank(?b)) FILTER EXISTS { ?b qudt:numericValue|schema:value ?v } }
            } GROUP BY ?p""";

    static final String STRUCTURES_POINTING_HERE = """
            SELECT ?p ?b ?g ?title ?q ?x ?name ?type WHERE {
              GRAPH ?g { ?b ?p ?e FILTER (isBlank(?b)) FILTER NOT EXISTS { ?b qudt:numericValue|schema:value ?v }
                         ?b ?q ?x FILTER (?x != ?e && ?q != rdf:type && (isIRI(?x) || ?q = schema:roleName)) }
              OPTIONAL { ?x schema:name ?name }
              OPTIONAL { ?x a ?type }
              OPTIONAL { ?g dcterms:title ?title }
            }""";

    static final String CENTRE = """
            SELECT ?name ?label ?type WHERE {
              OPTIONAL { ?e schema:name ?name }
              OPTIONAL { ?e skos:prefLabel|rdfs:label|dcterms:title ?label }
              OPTIONAL { ?e a ?type }
            }""";

    static final String LABELS = "SELECT ?t ?label WHERE { GRAPH ?o { ?t rdfs:label|skos:prefLabel ?label } }";
    static final String HIERARCHY = """
            SELECT ?t ?super WHERE { GRAPH ?o { ?t rdfs:subClassOf|rdfs:subPropertyOf ?super } }""";

    private NeighbourhoodQueries() {}
}

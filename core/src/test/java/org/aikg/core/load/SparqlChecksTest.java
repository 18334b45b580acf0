package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL constraints aikg runs once per graph, and the SPARQL target it parses once, report exactly what Jena's
 * SHACL engine reports running them node by node, on data that breaks each of them beside nodes that keep them.
 */
class SparqlChecksTest {

    private static final String DATA = """
            @prefix aikg:    <https://w3id.org/aikg/ns#> .
            @prefix id:      <https://w3id.org/aikg/id/> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema:  <https://schema.org/> .
            @prefix qudt:    <http://qudt.org/schema/qudt/> .
            @prefix unit:    <http://qudt.org/vocab/unit/> .
            @prefix time:    <http://www.w3.org/2006/time#> .

            <http://spdx.org/licenses/MIT> a dcterms:LicenseDocument ; schema:identifier "Apache-2.0" .
            <http://spdx.org/licenses/Apache-2.0> a dcterms:LicenseDocument ; schema:identifier "Apache-2.0" .

            id:two-counts aikg:parameterCount [ qudt:numericValue 1.0 ; qudt:unit unit:NUM ] ,
                                              [ qudt:numericValue 2.0 ; qudt:unit unit:NUM ] .
            id:one-count aikg:parameterCount [ qudt:numericValue 3.0 ; qudt:unit unit:NUM ] .

            id:mid-month schema:startDate "2024-03-05"^^xsd:date ; aikg:startDatePrecision time:unitMonth .
            id:first-of-month schema:startDate "2024-03-01"^^xsd:date ; aikg:startDatePrecision time:unitMonth .
            id:mid-year schema:datePublished "2024-03-01"^^xsd:date ; aikg:datePublishedPrecision time:unitYear .
            id:no-date aikg:endDatePrecision time:unitDay .
            id:backwards schema:startDate "2024-05-01"^^xsd:date ; schema:endDate "2024-04-01"^^xsd:date .
            id:forwards schema:startDate "2024-04-01"^^xsd:date ; schema:endDate "2024-05-01"^^xsd:date .

            <https://w3id.org/aikg/source/uncatalogued> dcterms:title "A source nobody catalogued" .
            """;

    private static final List<String> SPARQL_MESSAGES = List.of("end of that IRI", "two disagree within the source",
            "does not fit its precision", "no earlier than it starts");

    private static Graph shapes;
    private static Graph data;

    @BeforeAll
    static void read() throws Exception {
        shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = SparqlChecksTest.class.getClassLoader().getResourceAsStream(OntologyFiles.SHAPES)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(data);
    }

    @Test
    void everySparqlConstraintOfTheShapesIsRunPerGraph() {
        Graph rest = SparqlChecks.split(shapes).rest();
        assertThat(rest.find(null, org.apache.jena.shacl.vocabulary.SHACL.sparql, null).toList()).isEmpty();
    }

    @Test
    void everySparqlConstraintIsPlannedOnceForAllGraphs() {
        assertThat(SparqlChecks.split(shapes).checks().allPrepared()).isTrue();
    }

    @Test
    void theViolationsAreThoseOfJenasEngineNodeByNode() {
        List<String> jena = lines(ShaclValidator.get().validate(Shapes.parse(shapes), data).getEntries());
        List<String> aikg = lines(new GraphValidation(shapes).violations(data, data));

        assertThat(aikg).containsExactlyInAnyOrderElementsOf(jena);
        assertThat(jena).anyMatch(line -> line.contains("licenses/MIT") && line.contains("end of that IRI"))
                .anyMatch(line -> line.contains("two-counts") && line.contains("two disagree within the source"))
                .anyMatch(line -> line.contains("mid-month") && line.contains("2024-03-05"))
                .anyMatch(line -> line.contains("mid-year") && line.contains("does not fit its precision"))
                .anyMatch(line -> line.contains("no-date") && line.contains("a precision needs its date"))
                .anyMatch(line -> line.contains("backwards") && line.contains("no earlier than it starts"))
                .anyMatch(line -> line.contains("source/uncatalogued") && line.contains("needs a dcterms:publisher"))
                .filteredOn(line -> SPARQL_MESSAGES.stream().anyMatch(line::contains))
                .hasSize(6)
                .noneMatch(line -> line.contains("one-count") || line.contains("first-of-month")
                        || line.contains("forwards") || line.contains("licenses/Apache-2.0"));
    }

    private static List<String> lines(java.util.Collection<ReportEntry> entries) {
        return entries.stream()
                .map(e -> e.focusNode() + " | " + e.resultPath() + " | " + e.value() + " | " + e.severity() + " | " + e.message())
                .toList();
    }
}

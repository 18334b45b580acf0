package org.aikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled data against the shapes, one source graph at a time with the context graphs, as aikg validates imports. */
class DataConformsTest {

    private static final String SRC = "https://w3id.org/aikg/source/";
    private static final String PREFIXES = """
            PREFIX aikg: <https://w3id.org/aikg/ns#>
            PREFIX id: <https://w3id.org/aikg/id/>
            PREFIX src: <https://w3id.org/aikg/source/>
            PREFIX schema: <https://schema.org/>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            PREFIX unit: <http://qudt.org/vocab/unit/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static Shapes shapes;
    private static DatasetGraph bundle;

    @BeforeAll
    static void load() {
        Graph g = GraphFactory.createDefaultGraph();
        BundledData.classpathTurtle("org/aikg/ontology/shapes.ttl", g);
        shapes = Shapes.parse(g);
        bundle = BundledData.load();
    }

    private static Node source(String local) {
        return NodeFactory.createURI(SRC + local);
    }

    private static List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(DataConformsTest::line).toList();
    }

    private static String line(ReportEntry e) {
        return e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message();
    }

    /** A source graph of the bundle with extra Turtle added to it, validated with the context graphs. */
    private static List<String> violationsWith(String local, String turtle) {
        Graph data = BundledData.withContext(bundle, source(local));
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(data);
        return violations(data);
    }

    @Test
    void everySourceGraphConformsOnItsOwnWithTheContextGraphs() {
        List<Node> sources = BundledData.sources(bundle);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(13);
        List<String> problems = new ArrayList<>();
        for (Node s : sources) {
            violations(BundledData.withContext(bundle, s)).forEach(v -> problems.add(s.getURI() + ": " + v));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theContextGraphsConformOnTheirOwn() {
        assertThat(violations(BundledData.merge(bundle, BundledData.CONTEXT))).isEmpty();
    }

    @Test
    void registryEntriesAreCheckedInEveryValidation() {
        assertThat(violationsWith("test-source", """
                <http://spdx.org/licenses/MIT> schema:identifier "Apache-2.0" .
                id:nvidia aikg:secCentralIndexKey "1045810" .
                id:deepseek schema:location id:deepseek-v3 .
                """)).anyMatch(m -> m.contains("is the end of that IRI"))
                .anyMatch(m -> m.contains("ten digits"))
                .anyMatch(m -> m.contains("a schema:Country"));
    }

    @Test
    void aCatalogueEntryNeedsItsPublisherAnAddressAndAnIssueDate() {
        assertThat(violationsWith("test-source", """
                src:test-source a prov:Entity ; dcterms:title "A test source" ;
                    dcterms:issued "2025-01"^^xsd:gYearMonth .
                """)).anyMatch(m -> m.contains("needs a dcterms:publisher"))
                .anyMatch(m -> m.contains("needs its schema:url"))
                .anyMatch(m -> m.contains("one dcterms:issued date, an xsd:date"));
    }

    @Test
    void sourcesThatDisagreeEachConformWhileTheirFiguresTakenAsOneSourceWouldContradictEachOther() {
        Node article = source("computerworld-ai-bust");
        Node report = source("deepseek-v3-technical-report");
        assertThat(violations(BundledData.withContext(bundle, article))).isEmpty();
        assertThat(violations(BundledData.withContext(bundle, report))).isEmpty();
        assertThat(violations(BundledData.withContext(bundle, article, report)))
                .anyMatch(v -> v.startsWith("https://w3id.org/aikg/id/deepseek-v3 ") && v.contains("parameterCount"));
    }

    @Test
    void twoCountsOfDifferentDefinitionsInOneSourceAreNotAContradiction() {
        assertThat(violations(BundledData.withContext(bundle, source("huggingface-deepseek-v3")))).isEmpty();
        assertThat(violationsWith("huggingface-deepseek-v3", """
                id:deepseek-v3 aikg:parameterCount [ a qudt:QuantityValue ; qudt:numericValue 670000000000 ;
                    qudt:unit aikg:Parameter ; aikg:qualifier aikg:Rounded ; aikg:figureDefinition aikg:MainModelParameters ] .
                """)).anyMatch(v -> v.contains("parameterCount") && v.contains("one figure of this property per definition"));
    }

    @Test
    void aClaimWithoutSpeakerAndAFigureWithoutUnitAreRefused() {
        List<String> problems = violationsWith("computerworld-ai-bust", """
                id:claim-test a aikg:Claim ; schema:about id:deepseek ; aikg:paraphrase "Something."@en ;
                    dcterms:source src:computerworld-ai-bust .
                id:llama-3-1-405b-training aikg:trainingTokens [ a qudt:QuantityValue ; qudt:numericValue 5 ; aikg:qualifier aikg:Exact ] .
                """);
        assertThat(problems).anyMatch(m -> m.contains("needs exactly one speaker"))
                .anyMatch(m -> m.contains("needs its qudt:unit"));
    }

    @Test
    void anOrganizationCanBeTheSpeakerOfAClaim() {
        assertThat(violationsWith("uxcollective-deepseek-hype", "")).isEmpty();
        assertThat(violationsWith("uxcollective-deepseek-hype", "id:claim-reuters-nvidia-593 aikg:speaker id:china ."))
                .anyMatch(m -> m.contains("a person or an organization"));
    }

    @Test
    void aFigureInAnotherPropertysUnitIsRefused() {
        assertThat(violationsWith("llama-3-1-model-card", """
                id:llama-3-1-405b-training aikg:trainingTime [ a qudt:QuantityValue ; qudt:numericValue 30840000 ;
                    qudt:unit aikg:GPUHour ; aikg:qualifier aikg:Rounded ] .
                """)).anyMatch(m -> m.contains("training time is in unit:HR"));
        assertThat(violationsWith("computerworld-ai-bust", """
                id:mag7-share-sp500-2024 aikg:indexLevel [ a qudt:QuantityValue ; qudt:numericValue 50 ;
                    qudt:unit unit:PERCENT ; aikg:qualifier aikg:Exact ] .
                """)).anyMatch(m -> m.contains("an index level is in aikg:IndexPoint"));
    }

    @Test
    void aDateMustFitItsPrecision() {
        assertThat(violationsWith("computerworld-ai-bust",
                "id:nasdaq-rise-1995-2000 aikg:endDatePrecision time:unitMonth ."))
                .anyMatch(m -> m.contains("does not fit its precision"));
        assertThat(violationsWith("businessday-deepseek-cheaper-ai",
                "id:nvidia-loss-2025-01 aikg:startDatePrecision time:unitDay ."))
                .isEmpty();
        assertThat(violationsWith("businessday-deepseek-cheaper-ai",
                "id:openai-valuation-2025-01 aikg:asOfPrecision time:unitMonth ."))
                .anyMatch(m -> m.contains("a precision needs its date"));
    }

    @Test
    void aMarketFigureNeedsADateAndAPredictedEventHasNone() {
        assertThat(violationsWith("test-source", """
                id:openai-valuation-2025-01 aikg:subject id:openai ;
                    aikg:amount [ a schema:MonetaryAmount ; schema:value 1 ; schema:currency "USD" ; aikg:qualifier aikg:Exact ] .
                """)).anyMatch(m -> m.contains("needs the event's schema:startDate or the aikg:asOf date"));
        assertThat(violationsWith("computerworld-ai-bust",
                "id:predicted-ai-crash schema:startDate \"2026-01-01\"^^xsd:date ."))
                .anyMatch(m -> m.contains("a predicted event has no date"));
    }

    @Test
    void anEpochShapedRowConformsAsOneSourceWithoutGpuHours() {
        DatasetGraph dsg = BundledData.load();
        RDFParser.source(BundledData.class.getClassLoader().getResource("org/aikg/data/epoch-row.trig").toString())
                .parse(dsg);
        assertThat(violations(BundledData.withContext(dsg, source("epoch-notable-ai-models")))).isEmpty();
    }

    @Test
    void theShapesRefuseWhatTheEpochContractRules() {
        DatasetGraph dsg = BundledData.load();
        RDFParser.source(BundledData.class.getClassLoader().getResource("org/aikg/data/epoch-row.trig").toString())
                .parse(dsg);
        Graph data = BundledData.withContext(dsg, source("epoch-notable-ai-models"));
        RDFParser.fromString(PREFIXES + """
                id:deepseek-v3-training aikg:finetuneCompute [ a qudt:QuantityValue ; qudt:numericValue 1 ;
                    qudt:unit unit:W ; aikg:qualifier aikg:Likely ] ;
                    aikg:hardwareUtilization [ a qudt:QuantityValue ; qudt:numericValue 40 ; qudt:unit unit:UNITLESS ;
                        aikg:qualifier aikg:UnknownConfidence ] .
                id:deepseek-v3 aikg:accessLevel aikg:OpenWeightsUnrestricted ; aikg:citationCount -3 ;
                    aikg:frontierModel "yes" ; aikg:domain aikg:Industry .
                [] a qudt:QuantityValue ; aikg:priceYear "2023"^^xsd:gYear .
                """, Lang.TURTLE).parse(data);
        assertThat(violations(data))
                .anyMatch(m -> m.contains("compute is in aikg:FLOP"))
                .anyMatch(m -> m.contains("utilization is a fraction from 0 to 1"))
                .anyMatch(m -> m.contains("one aikg:accessLevel"))
                .anyMatch(m -> m.contains("citation count"))
                .anyMatch(m -> m.contains("frontierModel"))
                .anyMatch(m -> m.contains("a concept of aikg:Domains"))
                .anyMatch(m -> m.contains("priceYear"));
    }
}

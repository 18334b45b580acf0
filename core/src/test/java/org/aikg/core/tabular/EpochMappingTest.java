package org.aikg.core.tabular;

import static org.aikg.core.tabular.TabularFixtures.ask;
import static org.aikg.core.tabular.TabularFixtures.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping epoch-notable on Epoch's real rows: every column, the zipping of organizations with their categories and
 * countries, and which Epoch names are the registry's entities. Expected values are read off the CSV. The triples are
 * written without validation here; EpochImportTest validates the same import.
 */
class EpochMappingTest {

    private static final String IN_EPOCH = "GRAPH src:epoch-notable-ai-models ";
    private static LocalStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void importTheBundledTable() {
        store = TabularFixtures.registryOnly();
        TabularFixtures.write(store, TabularFixtures.EPOCH_CSV, "epoch-notable");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRowIsOneModel() throws Exception {
        long rows = TabularFixtures.python("epoch_expected.py", TabularFixtures.EPOCH_CSV.toString(),
                TabularFixtures.classpath("org/aikg/data/entities.trig").toString(),
                TabularFixtures.classpath("org/aikg/data/epoch/aliases.trig").toString(),
                TabularFixtures.classpath("org/aikg/ontology/aikg.ttl").toString()).getAsObject().get("rows").getAsNumber().value().longValue();
        assertThat(select(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) { " + IN_EPOCH + "{ ?m a aikg:AIModel ; schema:datePublished ?d } }")
                .getFirst().getFirst().getLiteralValue()).isEqualTo((int) rows);
    }

    @Test
    void everyColumnOfDeepSeekV3AndR1IsMapped() {
        assertThat(ask(store, "ASK { " + IN_EPOCH + """
                {
                  id:deepseek-v3 a aikg:AIModel ; schema:creator id:deepseek ; schema:datePublished "2024-12-24"^^xsd:date ;
                      aikg:domain id:domain-language ; aikg:notabilityCriterion aikg:TrainingCostCriterion ;
                      aikg:accessLevel aikg:OpenWeightsRestricted ;
                      aikg:parameterCount [ a qudt:QuantityValue ; qudt:numericValue "671000000000.0"^^xsd:decimal ; qudt:unit aikg:Parameter ; aikg:qualifier aikg:Confident ] ;
                      schema:subjectOf [ a schema:CreativeWork ; schema:name "DeepSeek-V3 Technical Report" ;
                                         schema:url <https://github.com/deepseek-ai/DeepSeek-V3/blob/main/DeepSeek_V3.pdf> ] .
                  id:deepseek-v3-training a aikg:TrainingRun ; prov:generated id:deepseek-v3 ; prov:used id:nvidia-h800 ;
                      aikg:trainingCompute [ qudt:numericValue "4560000000000000000000000.0"^^xsd:decimal ; qudt:unit aikg:FLOP ; aikg:qualifier aikg:Confident ] ;
                      aikg:trainingDatasetSize [ qudt:numericValue "14800000000000.0"^^xsd:decimal ; qudt:unit aikg:Datapoint ; aikg:qualifier aikg:Confident ] ;
                      aikg:hardwareQuantity [ qudt:numericValue "2048.0"^^xsd:decimal ; qudt:unit aikg:Chip ] ;
                      aikg:trainingCost [ a schema:MonetaryAmount ; schema:value "5390000.0"^^xsd:decimal ; schema:currency "USD" ; aikg:priceYear "2023"^^xsd:gYear ] ;
                      aikg:powerDraw [ qudt:numericValue "3155569.9410964646"^^xsd:decimal ; qudt:unit unit:W ; aikg:qualifier aikg:Estimate ] ;
                      aikg:computeEstimationMethod id:estimation-operation-counting , id:estimation-hardware .
                  id:deepseek-r1 aikg:baseModel id:deepseek-v3 ; aikg:accessLevel aikg:OpenWeightsUnrestricted ;
                      aikg:trainingCodeAccess aikg:UnreleasedCode ;
                      aikg:finetuneCompute [ qudt:numericValue "610000000000000000000000.0"^^xsd:decimal ; qudt:unit aikg:FLOP ; aikg:qualifier aikg:Confident ] .
                  id:deepseek-r1-training aikg:trainingDataset "Unspecified unreleased" .
                  id:deepseek aikg:organizationCategory aikg:Industry ; schema:location id:china .
                  id:estimation-operation-counting a skos:Concept ; skos:prefLabel "Operation counting"@en ; skos:inScheme aikg:ComputeEstimationMethods .
                  id:domain-language skos:prefLabel "Language"@en ; skos:inScheme aikg:Domains .
                } }""")).isTrue();
    }

    @Test
    void everyColumnOfGpt4LlamaAndTheTransformerIsMapped() {
        assertThat(ask(store, "ASK { " + IN_EPOCH + """
                {
                  ?gpt4 schema:name "GPT-4" ; aikg:citationCount 8281 ; aikg:frontierModel true ; aikg:accessLevel aikg:APIAccess .
                  ?gpt4run prov:generated ?gpt4 ; aikg:epochs "2.0"^^xsd:decimal ; aikg:trainingDataset "Unspecified unreleased" ;
                      aikg:trainingTime [ qudt:numericValue "2280.0"^^xsd:decimal ; qudt:unit unit:HR ] ;
                      aikg:hardwareUtilization [ qudt:numericValue "0.34"^^xsd:decimal ; qudt:unit unit:UNITLESS ] ;
                      aikg:trainingCompute [ qudt:numericValue "21000000000000000000000000.0"^^xsd:decimal ; aikg:qualifier aikg:Speculative ] ;
                      prov:used [ schema:name "NVIDIA A100 SXM4 40 GB" ; a aikg:GPUModel ] .
                  id:llama-3-1-405b aikg:trainingCodeAccess aikg:OpenCodeRestricted ; aikg:inferenceCodeAccess aikg:OpenCodeRestricted ;
                      schema:creator id:meta .
                  id:llama-3-1-405b-training aikg:batchSize "16000000.0"^^xsd:decimal ; prov:used id:nvidia-h100 .
                  ?transformer schema:name "Transformer" ; aikg:citationCount 108604 ;
                      schema:author [ schema:name "Ashish Vaswani" ; a schema:Person ] .
                } }""")).isTrue();
        assertThat(ask(store, "ASK { " + IN_EPOCH + "{ ?gpt4 schema:name \"GPT-4\" ; aikg:frontierModel false } }")).isFalse();
    }

    @Test
    void figuresArePlainDecimalsAndCostsAreIn2023Dollars() {
        assertThat(ask(store, "ASK { " + IN_EPOCH + "{ ?f qudt:numericValue ?v FILTER (datatype(?v) != xsd:decimal) } }")).isFalse();
        assertThat(ask(store, "ASK { " + IN_EPOCH + "{ ?run aikg:trainingCost ?c FILTER NOT EXISTS { ?c aikg:priceYear \"2023\"^^xsd:gYear } } }")).isFalse();
    }

    @Test
    void oneOrganizationTakesEveryCategoryAndCountryOfItsRow() throws Exception {
        try (LocalStore rows = rows("Veo 2", "Aramco Metabrain AI")) {
            assertThat(objects(rows, "id:google-deepmind", "schema:location"))
                    .containsExactlyInAnyOrder("united-states", "united-kingdom-of-great-britain-and-northern-ireland", "multinational");
            assertThat(objects(rows, "id:saudi-aramco", "aikg:organizationCategory")).containsExactlyInAnyOrder("Industry", "Government");
        }
    }

    @Test
    void listsAsLongAsTheOrganizationsAreZippedAndOthersAreNotAttached() throws Exception {
        try (LocalStore rows = rows("Jais", "LLaVA 1.5")) {
            // Jais: 3 organizations, 2 categories (not attached), 3 countries (zipped).
            for (String org : List.of("id:cerebras-systems", "id:mohamed-bin-zayed-university-of-artificial-intelligence-mbzuai", "id:inception")) {
                assertThat(objects(rows, org, "aikg:organizationCategory")).isEmpty();
            }
            assertThat(objects(rows, "id:cerebras-systems", "schema:location")).containsExactly("multinational");
            assertThat(objects(rows, "id:mohamed-bin-zayed-university-of-artificial-intelligence-mbzuai", "schema:location"))
                    .containsExactly("united-arab-emirates");
            assertThat(objects(rows, "id:inception", "schema:location")).containsExactly("united-states");
            // LLaVA 1.5: 2 organizations, 2 categories (zipped), 3 countries (not attached).
            assertThat(objects(rows, "id:university-of-wisconsin-madison", "aikg:organizationCategory")).containsExactly("Academia");
            assertThat(objects(rows, "id:microsoft-research", "aikg:organizationCategory")).containsExactly("Industry");
            assertThat(objects(rows, "id:university-of-wisconsin-madison", "schema:location")).isEmpty();
            assertThat(objects(rows, "id:microsoft-research", "schema:location")).isEmpty();
        }
    }

    @Test
    void theArticlesEntitiesAreEpochsRowsAndNothingElseMerges() {
        List<String> merged = select(store, "SELECT DISTINCT ?e { " + IN_EPOCH + "{ { ?e ?p ?o } UNION { ?s ?p ?e } } "
                + "GRAPH <https://w3id.org/aikg/graph/entities> { ?e schema:name ?name } } ORDER BY ?e").stream()
                .map(row -> row.getFirst().getURI().replace("https://w3id.org/aikg/id/", "id:")).toList();
        assertThat(merged).containsExactlyInAnyOrder("id:deepseek-v3", "id:deepseek-r1", "id:llama-3-1-405b", "id:openai-o1",
                "id:meta", "id:openai", "id:google", "id:deepseek", "id:anthropic", "id:nvidia-h800", "id:nvidia-h100",
                "id:nvidia", "id:microsoft", "id:hugging-face", "id:perplexity", "id:china", "id:united-states",
                "id:deepseek-v3-training", "id:llama-3-1-405b-training");
        assertThat(ask(store, "ASK { GRAPH <https://w3id.org/aikg/graph/entities> { ?e schema:name ?n } ?e schema:name ?other FILTER (?other != ?n) }"))
                .as("no registry entity gets a second name").isFalse();
        assertThat(objects(store, "id:google-deepmind", "schema:name")).containsExactly("Google DeepMind");
    }

    @Test
    void namesWithTheSameSlugGetTheirOwnEntities() {
        assertThat(subjects(store, "\"DeepLabV3\"")).hasSize(1).doesNotContainAnyElementsOf(subjects(store, "\"DeepLabV3+\""));
        assertThat(subjects(store, "\"Quoc V Le\"")).hasSize(1).doesNotContainAnyElementsOf(subjects(store, "\"Quoc V. Le\""));
        assertThat(select(store, "SELECT ?p { ?p a schema:Person ; schema:name \"OpenAI\" }").getFirst().getFirst().getURI())
                .isEqualTo("https://w3id.org/aikg/id/openai-person");
    }

    private LocalStore rows(String... models) throws Exception {
        Path csv = dir.resolve("rows.csv");
        List<String> args = new ArrayList<>(List.of(TabularFixtures.EPOCH_CSV.toString(), csv.toString()));
        args.addAll(List.of(models));
        assertThat(TabularFixtures.python("epoch_rows.py", args.toArray(String[]::new)).getAsNumber().value().intValue())
                .isEqualTo(models.length);
        LocalStore rows = TabularFixtures.registryOnly();
        TabularFixtures.write(rows, csv, "epoch-notable");
        return rows;
    }

    /** The objects of a subject's property in the Epoch graph: local names of IRIs, lexical forms of literals. */
    private static List<String> objects(LocalStore store, String subject, String property) {
        return select(store, "SELECT ?o { " + IN_EPOCH + "{ " + subject + " " + property + " ?o } }").stream()
                .map(List::getFirst)
                .map(o -> o.isURI() ? o.getURI().replaceFirst(".*[/#]", "") : o.getLiteralLexicalForm())
                .toList();
    }

    private static List<Node> subjects(LocalStore store, String name) {
        return select(store, "SELECT ?s { ?s schema:name " + name + " }").stream().map(List::getFirst).toList();
    }
}

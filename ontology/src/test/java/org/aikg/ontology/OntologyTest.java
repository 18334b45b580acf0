package org.aikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(OntologyTest.class.getClassLoader().getResource(resource).toString()).parse(model);
        return model;
    }

    private static Set<String> termsInOntology(Model ontology) {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(AIKG.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    private static Set<String> termsInJava() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field field : AIKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertThat(term.getLocalName()).as("constant %s is spelled like its local name", field.getName())
                        .isEqualTo(field.getName());
                terms.add(term.getURI());
            }
        }
        return terms;
    }

    @Test
    void everyJavaConstantIsDefinedInTheOntologyAndEveryTermHasAConstant() throws Exception {
        assertThat(termsInJava()).isEqualTo(termsInOntology(load(OntologyFiles.ONTOLOGY)));
    }

    @Test
    void everyClassAndPropertyHasALabelAndADefinition() {
        Model ontology = load(OntologyFiles.ONTOLOGY);
        Set<Resource> described = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(described::add);
        }
        assertThat(described).hasSizeGreaterThan(40);
        assertThat(described).allSatisfy(term -> {
            assertThat(term.hasProperty(RDFS.label)).as("%s has rdfs:label", term).isTrue();
            assertThat(term.hasProperty(SKOS.definition)).as("%s has skos:definition", term).isTrue();
        });
    }

    @Test
    void everyConceptHasALabelADefinitionAndASchemeAndBroaderConceptsShareIt() {
        Model ontology = load(OntologyFiles.ONTOLOGY);
        Resource concept = ontology.createResource(SKOS.Concept.getURI());
        List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme).toList();
        assertThat(concepts).hasSizeGreaterThan(30);
        assertThat(concepts).allSatisfy(c -> {
            assertThat(c.hasProperty(SKOS.prefLabel)).as("%s has skos:prefLabel", c).isTrue();
            assertThat(c.hasProperty(SKOS.definition)).as("%s has skos:definition", c).isTrue();
            Resource type = c.getPropertyResourceValue(RDF.type);
            assertThat(type.equals(concept) || type.hasProperty(RDFS.subClassOf, concept))
                    .as("%s is a skos:Concept", c).isTrue();
            Resource broader = c.getPropertyResourceValue(SKOS.broader);
            if (broader != null) {
                assertThat(broader.getPropertyResourceValue(SKOS.inScheme)).as("%s and its broader concept", c)
                        .isEqualTo(c.getPropertyResourceValue(SKOS.inScheme));
            }
        });
    }

    @Test
    void everyTermOfTheEpochContractIsDefined() {
        // The names /work/specs/epoch-model.md fixes for the tabular import of Epoch AI's table.
        List<String> contract = List.of("AIModel", "domain", "Domains", "organizationCategory", "Industry", "Academia",
                "ResearchCollective", "Government", "OrganizationCategories", "citationCount", "notabilityCriterion",
                "SOTAImprovement", "HighlyCited", "HistoricalSignificance", "TrainingCostCriterion", "SignificantUse",
                "NotabilityCriteria", "parameterCount", "Parameter", "trainingCompute", "FLOP", "trainingDataset",
                "trainingDatasetSize", "Datapoint", "epochs", "trainingTime", "GPUModel", "hardwareQuantity", "Chip",
                "hardwareUtilization", "trainingCost", "priceYear", "qualifier", "Confident", "Likely", "Speculative",
                "UnknownConfidence", "FigureQualifiers", "Estimate", "baseModel", "finetuneCompute", "batchSize",
                "accessLevel", "APIAccess", "HostedAccess", "OpenWeightsUnrestricted", "OpenWeightsRestricted",
                "OpenWeightsNonCommercial", "Unreleased", "OpenWeights", "ClosedWeights", "trainingCodeAccess",
                "inferenceCodeAccess", "OpenSourceCode", "OpenCodeNonCommercial", "OpenCodeRestricted",
                "UnreleasedCode", "CodeAccessLevels", "frontierModel", "powerDraw", "computeEstimationMethod",
                "ComputeEstimationMethods", "TrainingRun");
        Model ontology = load(OntologyFiles.ONTOLOGY);
        assertThat(contract).allSatisfy(term -> assertThat(ontology.containsResource(ontology.createResource(AIKG.NS + term)))
                .as("aikg:%s", term).isTrue());
        assertThat(ontology.createResource(AIKG.NS + "OpenWeightsRestricted").getPropertyResourceValue(SKOS.broader))
                .isEqualTo(AIKG.OpenWeights);
        assertThat(ontology.createResource(AIKG.NS + "HostedAccess").getPropertyResourceValue(SKOS.broader))
                .isEqualTo(AIKG.ClosedWeights);
        assertThat(ontology.createResource(AIKG.NS + "Speculative").getPropertyResourceValue(SKOS.broader))
                .isEqualTo(AIKG.Estimate);
    }

    @Test
    void theOntologyDeclaresItselfWithAPreferredPrefix() {
        Model ontology = load(OntologyFiles.ONTOLOGY);
        assertThat(ontology.contains(ontology.createResource(AIKG.ONTOLOGY), RDF.type, OWL.Ontology)).isTrue();
    }

    @Test
    void theShapesParseAsShaclAndTargetTheDomainClasses() {
        Shapes shapes = Shapes.parse(load(OntologyFiles.SHAPES).getGraph());
        assertThat(shapes.numShapes()).isGreaterThan(15);
        assertThat(shapes.getTargetShapes().size()).isGreaterThan(10);
    }
}

package org.aikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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

package org.aikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class DataConformsTest {

    private static Shapes shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        BundledData.classpathTurtle("org/aikg/ontology/shapes.ttl", g);
        return Shapes.parse(g);
    }

    @Test
    void theBundledDataConformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(shapes(), BundledData.union(BundledData.load()));
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void theShapesRejectAClaimWithoutSpeakerAndAFigureWithoutUnit() {
        DatasetGraph dsg = BundledData.load();
        Graph data = BundledData.union(dsg);
        RDFParser.fromString("""
                PREFIX aikg: <https://w3id.org/aikg/ns#>
                PREFIX schema: <https://schema.org/>
                PREFIX qudt: <http://qudt.org/schema/qudt/>
                <urn:test:claim> a aikg:Claim ; schema:about <urn:test:x> ;
                    aikg:paraphrase "Something."@en ;
                    <http://purl.org/dc/terms/source> <https://w3id.org/aikg/source/computerworld-ai-bust> .
                <https://w3id.org/aikg/id/deepseek-v3-training>
                    aikg:gpuHours [ a qudt:QuantityValue ; qudt:numericValue 5 ; aikg:qualifier aikg:Exact ] .
                """, org.apache.jena.riot.Lang.TURTLE).parse(data);
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.message())
                .anyMatch(m -> m.contains("speaker"))
                .anyMatch(m -> m.contains("qudt:unit"));
    }
}

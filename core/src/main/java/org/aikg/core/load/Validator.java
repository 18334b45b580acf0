package org.aikg.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
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
import org.apache.jena.sparql.util.FmtUtils;

/** Checks data against the aikg shapes, together with the ontology and the store's entity registry and catalogue. */
public final class Validator {

    private static final List<String> CONTEXT_GRAPHS = List.of(AIKG.ONTOLOGY, AIKG.GRAPH + "entities", AIKG.GRAPH + "sources");

    private final Store store;
    private Shapes shapes;

    public Validator(Store store) {
        this.store = store;
    }

    private Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(OntologyFiles.SHAPES)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read the shapes: " + e.getMessage(), e);
            }
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** Validates the whole store; returns the violations as one line each, empty when it conforms. */
    public List<String> validateStore() {
        DatasetGraph dsg = store.dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "Validation runs on local stores only; a remote endpoint validates its own data");
        }
        Graph all = store.read(() -> Importer.triplesOf(dsg));
        return describe(ShaclValidator.get().validate(shapes(), all));
    }

    /**
     * Fails with the first violations in words when staged data does not conform. The staged triples are checked
     * together with the ontology, the entity registry, the source catalogue and what the store already says about the
     * staged subjects; only violations on staged subjects count, so a big store costs no more than its neighbourhood.
     * The staged graph receives that neighbourhood.
     */
    public void requireValid(Graph data, java.util.Set<Node> subjects, String what) {
        DatasetGraph dsg = store.dataset();
        if (dsg != null) {
            store.read(() -> {
                for (String name : CONTEXT_GRAPHS) {
                    Node g = NodeFactory.createURI(name);
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> data.add(q.asTriple()));
                }
                for (Node subject : subjects) {
                    if (subject.isURI()) {
                        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                            data.add(q.asTriple());
                            if (q.getObject().isBlank()) {
                                dsg.find(q.getGraph(), q.getObject(), Node.ANY, Node.ANY)
                                        .forEachRemaining(b -> data.add(b.asTriple()));
                            }
                        });
                    }
                }
                return null;
            });
        }
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        List<String> problems = report.getEntries().stream()
                .filter(entry -> subjects.contains(entry.focusNode()))
                .map(Validator::line).sorted().toList();
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
            throw new AikgException(Kind.INVALID, what + " does not conform to the aikg shapes: " + problems.getFirst() + more);
        }
    }

    private static List<String> describe(ValidationReport report) {
        return report.getEntries().stream().map(Validator::line).sorted().toList();
    }

    private static String line(ReportEntry entry) {
        String focus = FmtUtils.stringForNode(entry.focusNode(), Prefixes.standard());
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(Prefixes.standard()));
        return focus + path + ": " + entry.message();
    }
}

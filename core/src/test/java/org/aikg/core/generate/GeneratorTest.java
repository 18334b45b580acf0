package org.aikg.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.named.NamedQueryCatalogue;
import org.aikg.core.query.Params;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path tmp;

    private static byte[] generate(long triples, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Generator.generate(triples, seed, out);
        return out.toByteArray();
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        assertThat(sha(generate(20_000, 7))).isEqualTo(sha(generate(20_000, 7)));
        assertThat(sha(generate(20_000, 8))).isNotEqualTo(sha(generate(20_000, 7)));
    }

    @Test
    void itWritesAtLeastTheAskedNumberOfQuadsAndReportsThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratorReport report = Generator.generate(50_000, 1, out);
        long lines = out.toString(StandardCharsets.UTF_8).lines().count();
        assertThat(report.quads()).isEqualTo(lines).isBetween(50_000L, 50_100L);
        assertThat(report.entities().get("models")).isPositive();
        assertThat(report.entities().get("organizations")).isLessThan(report.entities().get("models"));
    }

    private static DatasetGraph load(byte[] nquads) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(dsg);
            try (var in = GeneratorTest.class.getClassLoader().getResourceAsStream("org/aikg/ontology/aikg.ttl")) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(dsg.getGraph(NodeFactory.createURI("https://w3id.org/aikg/ns")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    @Test
    void aSampleConformsToTheShapes() throws Exception {
        DatasetGraph dsg = load(generate(10_000, 3));
        Graph all = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> all.add(q.asTriple())));
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        try (var in = GeneratorTest.class.getClassLoader().getResourceAsStream("org/aikg/ontology/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapesGraph);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), all);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void theNamedQueriesReturnRowsOnTheGeneratedGraph() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratorReport report = Generator.generate(30_000, 5, out);
        DatasetGraph dsg = load(out.toByteArray());
        Map<String, String> picks = report.parameters();
        Map<String, Map<String, String>> params = Map.of(
                "gpu-hours-ranking", Map.of("reference", "model-with-run"),
                "gpu-hour-ratio", Map.of("a", "model-with-run", "b", "model-with-run"),
                "price-ratio", Map.of("a", "provider", "b", "provider"),
                "claims-about", Map.of("entity", "claimed"),
                "model-facts", Map.of("model", picks.get("model")),
                "claims", Map.of());
        String modelWithRun = first(dsg, "SELECT ?m { ?r <http://www.w3.org/ns/prov#generated> ?m } ORDER BY ?m LIMIT 1");
        String provider = first(dsg, "SELECT ?p { ?x <https://w3id.org/aikg/ns#provider> ?p } ORDER BY ?p LIMIT 1");
        String claimed = first(dsg, "SELECT ?e { ?c <https://schema.org/about> ?e } ORDER BY ?e LIMIT 1");
        List<String> empty = new ArrayList<>();
        for (String name : org.aikg.data.DataFiles.namedQueries()) {
            Query query = QueryFactory.create(org.aikg.data.DataFiles.namedQuery(name).orElseThrow());
            QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
            for (NamedQuery.Parameter declared : NamedQueryCatalogue.load().get(name).parameters()) {
                if (declared.defaultValue() != null && !params.getOrDefault(name, Map.of()).containsKey(declared.name())) {
                    builder = builder.substitution(Var.alloc(declared.name()),
                            Params.toNode(declared.name(), declared.defaultValue(), declared.type(), query.getPrefixMapping()));
                }
            }
            for (var p : params.getOrDefault(name, Map.of()).entrySet()) {
                String value = switch (p.getValue()) {
                    case "model-with-run" -> modelWithRun;
                    case "provider" -> provider;
                    case "claimed" -> claimed;
                    default -> p.getValue();
                };
                builder = builder.substitution(Var.alloc(p.getKey()), NodeFactory.createURI(value));
            }
            QueryExec exec = builder.build();
            long rows = Txn.calculateRead(dsg, () -> exec.select().rewindable().size());
            if (rows == 0) {
                empty.add(name);
            }
        }
        // The column's own figures (its sources, disagreements between them) have no synthetic counterpart.
        assertThat(empty).isSubsetOf("disagreements");
    }

    private static String first(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return exec.select().next().get(Var.alloc(exec.getQuery().getResultVars().getFirst())).getURI();
            }
        });
    }

    @Test
    void aMillionTriplesStreamThroughA256MegabyteHeap() throws Exception {
        Path file = tmp.resolve("million.nq.gz");
        String classpath = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-cp", classpath,
                Generator.class.getName(), "1000000", "42", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        long quads = Long.parseLong(out.lines().filter(l -> l.startsWith("quads=")).findFirst().orElseThrow().substring(6));
        assertThat(quads).isBetween(1_000_000L, 1_000_100L);
        assertThat(file.toFile()).isFile();
        assertThat(new File(file.toString()).length()).isGreaterThan(1_000_000);
    }
}

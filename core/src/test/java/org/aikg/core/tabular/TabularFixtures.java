package org.aikg.core.tabular;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Importer;
import org.aikg.core.load.Progress;
import org.aikg.core.load.Validator;
import org.aikg.core.store.LocalStore;
import org.aikg.core.store.Store;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** Shared helpers of the tabular tests: files, imports through the real importer, counts and answers. */
final class TabularFixtures {

    static final String PREFIXES = """
            PREFIX aikg: <https://w3id.org/aikg/ns#>
            PREFIX id: <https://w3id.org/aikg/id/>
            PREFIX src: <https://w3id.org/aikg/source/>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            PREFIX unit: <http://qudt.org/vocab/unit/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final Path EPOCH_CSV = classpath("org/aikg/data/epoch/notable_ai_models_2025-02-24.csv");

    private TabularFixtures() {}

    /** A classpath resource as a file: itself when it is one, else a temporary copy (the data module may be a jar). */
    static Path classpath(String resource) {
        java.net.URL url = TabularFixtures.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path copy = Files.createTempDirectory("aikg-test-").resolve(name);
            try (var in = url.openStream()) {
                Files.copy(in, copy);
            }
            copy.toFile().deleteOnExit();
            copy.getParent().toFile().deleteOnExit();
            return copy;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read test resource " + resource, e);
        }
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A store with the bundled graph but without the Epoch table the bundle maps at build time: the entity registry
     * and the article's sources, so that a test sees only what the rows it writes say.
     */
    static LocalStore registryOnly() {
        return withoutEpoch(LocalStore.inMemory());
    }

    /** The store without the bundled Epoch table, as registryOnly says. */
    static LocalStore withoutEpoch(LocalStore store) {
        store.update(org.apache.jena.update.UpdateFactory.create("DROP GRAPH <https://w3id.org/aikg/source/epoch-notable-ai-models>"));
        return store;
    }

    /** Imports the CSV with the mapping through the real importer and validator, all or nothing. */
    static ImportReport load(Store store, Path csv, String mapping) {
        return new Importer(store, new Validator(store)).load(new CsvSource(csv, Mappings.resolve(mapping), store), null, Progress.NONE);
    }

    /**
     * Writes what the mapping makes of the CSV straight into the store, without validation (triples outside a named
     * graph going where the importer puts them), for tests of the mapping and of queries.
     */
    static void write(LocalStore store, Path csv, String mapping) {
        CsvSource source = new CsvSource(csv, Mappings.resolve(mapping), store);
        Node fallback = NodeFactory.createURI(Importer.DEFAULT_IMPORT_GRAPH);
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(store.dataset())) {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(fallback, triple));
            }
        };
        Txn.executeWrite(store.dataset(), () -> source.parse(sink));
    }

    static long quads(Store store) {
        return store.read(() -> {
            long[] n = {0};
            store.dataset().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** The rows of a SELECT (with the prefixes above) as lists of terms, in order. */
    static List<List<Node>> select(Store store, String query) {
        return store.read(() -> {
            List<List<Node>> rows = new ArrayList<>();
            try (var exec = store.queryBuilder().query(PREFIXES + query).build()) {
                RowSet set = exec.select();
                List<org.apache.jena.sparql.core.Var> vars = set.getResultVars();
                set.forEachRemaining(b -> rows.add(vars.stream().map(b::get).toList()));
            }
            return rows;
        });
    }

    static boolean ask(Store store, String query) {
        return store.read(() -> {
            try (var exec = store.queryBuilder().query(PREFIXES + query).build()) {
                return exec.ask();
            }
        });
    }

    /** Runs a Python script of the test resources with /usr/bin/python3 and parses what it prints as JSON. */
    static JsonValue python(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", classpath("tabular/" + script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(script + " failed");
        }
        return JSON.parseAny(out);
    }

    static {
        ARQ.init();
    }
}

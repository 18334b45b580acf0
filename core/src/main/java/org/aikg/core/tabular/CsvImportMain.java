package org.aikg.core.tabular;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Importer;
import org.aikg.core.load.Progress;
import org.aikg.core.load.Validator;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * A command line for benchmarks until {@code aikg load FILE.csv --mapping M} exists: imports a CSV through a mapping or
 * an RDF file into a TDB2 directory with the real importer, or writes one graph of it as N-Triples; prints one line.
 * <pre>
 * csv    STORE FILE.csv MAPPING    rows=N quads=Q millis=T
 * rdf    STORE FILE GRAPH          quads=Q millis=T
 * export STORE GRAPH OUT.nt        triples=N
 * </pre>
 */
public final class CsvImportMain {

    private CsvImportMain() {}

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (AikgException e) {
            System.err.println("aikg: " + e.getMessage());
            System.exit(switch (e.kind()) {
                case USAGE, SYNTAX -> 2;
                case TIMEOUT -> 3;
                default -> 1;
            });
        }
    }

    static String run(String[] args) {
        if (args.length != 4 || !java.util.Set.of("csv", "rdf", "export").contains(args[0])) {
            throw new AikgException(AikgException.Kind.USAGE,
                    "usage: csv STORE FILE.csv MAPPING | rdf STORE FILE GRAPH | export STORE GRAPH OUT.nt");
        }
        try (LocalStore store = LocalStore.tdb2(Path.of(args[1]))) {
            Importer importer = new Importer(store, new Validator(store));
            long start = System.nanoTime();
            return switch (args[0]) {
                case "csv" -> {
                    CsvSource source = new CsvSource(Path.of(args[2]), Mappings.resolve(args[3]), store);
                    ImportReport report = importer.load(source, null, Progress.NONE);
                    yield "rows=" + source.rows() + " quads=" + report.quads() + " millis=" + (System.nanoTime() - start) / 1_000_000;
                }
                case "rdf" -> {
                    Path file = Path.of(args[2]);
                    ImportReport report = importer.load(file, Importer.language(file, null), args[3], Progress.NONE);
                    yield "quads=" + report.quads() + " millis=" + (System.nanoTime() - start) / 1_000_000;
                }
                default -> "triples=" + export(store, NodeFactory.createURI(args[2]), Path.of(args[3]));
            };
        }
    }

    private static long export(LocalStore store, Node graph, Path file) {
        return store.read(() -> {
            long[] count = {0};
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
                writer.start();
                store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    writer.triple(q.asTriple());
                    count[0]++;
                });
                writer.finish();
            } catch (IOException e) {
                throw new AikgException(AikgException.Kind.STORE, "Cannot write " + file + ": " + e.getMessage(), e);
            }
            return count[0];
        });
    }
}

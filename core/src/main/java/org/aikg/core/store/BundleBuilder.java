package org.aikg.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.core.load.Validator;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;


/**
 * Builds the bundled graph once, at build time: parses the curated files, validates every source graph against the
 * shapes, and writes the result as RDF Thrift, which a store reads at start-up several times faster than TriG.
 */
public final class BundleBuilder {

    private BundleBuilder() {}

    /** Writes the bundle to the file given as the only argument; exits 1 with the violations when it does not conform. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        // An in-memory dataset that keeps lexical forms as written (TDB2 stores 7.50 as the value 7.5).
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> Bundle.loadSources(dataset));
        List<String> problems;
        try (LocalStore store = LocalStore.over(dataset, "the bundle being built")) {
            problems = new Validator(store).validateStore();
            if (!problems.isEmpty()) {
                problems.forEach(System.err::println);
                System.err.println("bundle: " + problems.size() + " shape violations; the bundle was not written");
                System.exit(1);
            }
            Files.createDirectories(out.getParent());
            Path temp = Files.createTempFile(out.getParent(), ".bundle-", ".tmp");
            try (OutputStream file = Files.newOutputStream(temp)) {
                Txn.executeRead(dataset, () -> RDFWriter.source(dataset).format(RDFFormat.RDF_THRIFT).output(file));
            }
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            long quads = Txn.calculateRead(dataset, () -> dataset.stream().count());
            System.out.println("bundle: " + quads + " quads, every source graph conforms; written to " + out);
        }
    }
}

package org.aikg.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.load.CanonicalLiterals;
import org.aikg.core.tabular.CsvSource;
import org.aikg.core.tabular.Mappings;
import org.aikg.data.DataFiles;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The bundled graph: the ontology in its own graph, and the curated files the data module lists. The build reads and
 * validates them once ({@link BundleBuilder}) and ships the result as RDF Thrift, which is what a store loads.
 */
public final class Bundle {

    /** The bundle as built at build time, on the classpath. */
    public static final String PREBUILT = "org/aikg/core/store/bundle.rt";

    private Bundle() {}

    /** Whether the pre-built copy is on the classpath (it is, except while the build makes it). */
    public static boolean prebuilt() {
        return Bundle.class.getClassLoader().getResource(PREBUILT) != null;
    }

    /** Streams the pre-built copy of the bundle. */
    public static void readPrebuilt(StreamRDF destination) {
        try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(PREBUILT)) {
            parse(in, PREBUILT, Lang.RDFTHRIFT, destination);
        } catch (IOException e) {
            throw unreadable(PREBUILT, e);
        }
    }

    /** Adds the bundled graph to the dataset, from the pre-built copy when there is one; call inside a write transaction. */
    public static void loadInto(DatasetGraph dataset) {
        if (prebuilt()) {
            readPrebuilt(StreamRDFLib.dataset(dataset));
        } else {
            loadSources(dataset);
        }
    }

    /**
     * Adds the ontology and every bundled data file, parsed from their sources, literals in canonical form (as a store
     * keeps them); call inside a write transaction.
     */
    public static void loadSources(DatasetGraph dataset) {
        DatasetGraph canonical = new org.apache.jena.sparql.core.DatasetGraphWrapper(dataset) {
            @Override
            public void add(org.apache.jena.sparql.core.Quad quad) {
                super.add(CanonicalLiterals.of(quad));
            }

            @Override
            public void add(org.apache.jena.graph.Node g, org.apache.jena.graph.Node s, org.apache.jena.graph.Node p,
                    org.apache.jena.graph.Node o) {
                add(org.apache.jena.sparql.core.Quad.create(g, s, p, o));
            }
        };
        parseSources(canonical, dataset);
    }

    private static void parseSources(DatasetGraph dataset, DatasetGraph registry) {
        try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(OntologyFiles.ONTOLOGY)) {
            parse(in, OntologyFiles.ONTOLOGY, Lang.TURTLE,
                    StreamRDFLib.graph(dataset.getGraph(NodeFactory.createURI(AIKG.ONTOLOGY))));
        } catch (IOException e) {
            throw unreadable(OntologyFiles.ONTOLOGY, e);
        }
        for (String entry : dataFiles()) {
            String[] parts = entry.split("\\s+");
            if (parts.length == 2) {
                loadTable(dataset, registry, parts[0], parts[1]);
                continue;
            }
            try (InputStream in = DataFiles.open(entry)) {
                parse(in, entry, Lang.TRIG, StreamRDFLib.dataset(dataset));
            } catch (IOException | UncheckedIOException e) {
                throw unreadable(entry, e);
            }
        }
    }

    /** Maps a bundled CSV table with its shipped mapping, reconciling names against what the dataset holds so far. */
    private static void loadTable(DatasetGraph dataset, DatasetGraph registry, String table, String mapping) {
        Path copy = null;
        try (InputStream in = DataFiles.open(table)) {
            copy = Files.createTempFile("aikg-bundle-", ".csv");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            LocalStore store = LocalStore.over(registry, "the bundle being loaded");
            new CsvSource(copy, Mappings.resolve(mapping), store).parse(StreamRDFLib.dataset(dataset));
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(table, e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary copy; the system cleans its folder
                }
            }
        }
    }

    private static void parse(InputStream in, String name, Lang lang, StreamRDF destination) {
        if (in == null) {
            throw new AikgException(AikgException.Kind.STORE, "The bundled file " + name + " is not on the classpath");
        }
        RDFParser.source(in).lang(lang).base(AIKG.ID).parse(destination);
    }

    private static AikgException unreadable(String name, Exception e) {
        return new AikgException(AikgException.Kind.STORE, "Cannot read bundled file " + name + ": " + e.getMessage(), e);
    }

    /** The data files of the bundle, in load order. */
    public static List<String> dataFiles() {
        return DataFiles.bundle();
    }
}

package org.aikg.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.OntologyFiles;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;

/** The bundled graph on the classpath: the ontology in its own graph, and the curated TriG files listed in the data bundle. */
public final class Bundle {

    /** The index of the bundled data files, provided by the aikg-data module. */
    public static final String INDEX = "org/aikg/data/bundle.txt";

    private static final String FOLDER = "org/aikg/data/";

    private Bundle() {}

    /** Adds the ontology and every bundled data file to the dataset; call inside a write transaction. */
    public static void loadInto(DatasetGraph dataset) {
        parse(OntologyFiles.ONTOLOGY, Lang.TURTLE,
                StreamRDFLib.graph(dataset.getGraph(NodeFactory.createURI(AIKG.ONTOLOGY))));
        for (String file : dataFiles()) {
            parse(FOLDER + file, Lang.TRIG, StreamRDFLib.dataset(dataset));
        }
    }

    private static void parse(String path, Lang lang, StreamRDF destination) {
        try (InputStream in = resource(path).openStream()) {
            RDFParser.source(in).lang(lang).base(AIKG.ID).parse(destination);
        } catch (IOException e) {
            throw new AikgException(AikgException.Kind.STORE, "Cannot read bundled file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The data files of the bundle, in load order. */
    public static List<String> dataFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = resource(INDEX).openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new AikgException(AikgException.Kind.STORE, "Cannot read the bundled data index: " + e.getMessage(), e);
        }
        return files;
    }

    private static URL resource(String path) {
        URL url = Bundle.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new AikgException(AikgException.Kind.STORE,
                    "The bundled data is not on the classpath (" + path + "); is aikg-data a dependency?");
        }
        return url;
    }
}

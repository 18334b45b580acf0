package org.aikg.shell.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.RdfOutput;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/**
 * The server's pages as static files, for any web server: a static host cannot answer 303, so each entity has its
 * page at id/X/index.html and its data at doc/X.ttl (and the other syntaxes), beside VoID, dumps and the ontology.
 */
public final class StaticSite {

    private StaticSite() {}

    /** Writes the site into the directory, which must be empty or not exist; returns the number of entities written. */
    public static int write(KnowledgeGraph graph, Path dir, String baseUrl) {
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new AikgException(Kind.USAGE, "The site directory " + dir + " is not empty");
                    }
                }
            }
            Files.createDirectories(dir);
            VoidDescription voidDescription = new VoidDescription(graph);
            LinkedDataServlet pages = new LinkedDataServlet(graph, voidDescription);
            write(dir.resolve("index.html"), pages.homePage());
            write(dir.resolve("ns/index.html"), pages.ontologyPage());
            try (OutputStream out = create(dir.resolve("ns.ttl"))) {
                graph.exporter().graph(AIKG.ONTOLOGY, OutputFormat.TURTLE, out);
            }
            try (OutputStream out = create(dir.resolve(".well-known/void"))) {
                RdfOutput.write(out, voidDescription.describe(baseUrl), OutputFormat.TURTLE);
            }
            try (OutputStream out = new GZIPOutputStream(create(dir.resolve("dumps/aikg.nq.gz")))) {
                graph.exporter().all(OutputFormat.NQUADS, out);
            }
            try (OutputStream out = create(dir.resolve("dumps/aikg.ttl"))) {
                graph.exporter().all(OutputFormat.TURTLE, out);
            }
            Rows entities = graph.select(new QueryRequest(
                    "SELECT DISTINCT ?e { ?e ?p ?o FILTER(isIRI(?e) && STRSTARTS(STR(?e), ?space)) } ORDER BY ?e",
                    java.util.Map.of("space", AIKG.ID), null, 1_000_000));
            for (int i = 0; i < entities.size(); i++) {
                Node entity = entities.get(i, "e");
                String name = entity.getURI().substring(AIKG.ID.length());
                if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    continue;
                }
                String page = pages.entityPage(entity, name);
                write(dir.resolve("id/" + name + "/index.html"), page);
                write(dir.resolve("doc/" + name + ".html"), page);
                for (ConNeg.Representation r : ConNeg.ALL) {
                    if (r.format() != null) {
                        try (OutputStream out = create(dir.resolve("doc/" + name + "." + r.extension()))) {
                            graph.exporter().entity(entity, r.format(), out);
                        }
                    }
                }
            }
            return entities.size();
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write the site to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static OutputStream create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

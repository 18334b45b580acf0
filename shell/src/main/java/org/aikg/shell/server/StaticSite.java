package org.aikg.shell.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.profile.Profiles;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.RdfOutput;
import org.aikg.core.query.Rows;
import org.aikg.core.profile.Listings;
import org.aikg.ontology.AIKG;
import org.aikg.shell.server.pages.EntityPages;
import org.aikg.shell.server.pages.HomePage;
import org.aikg.shell.server.pages.Html;
import org.aikg.shell.server.pages.Links;
import org.aikg.shell.server.pages.OntologyPage;
import org.aikg.shell.server.pages.Representation;
import org.aikg.shell.server.pages.VoidDescription;
import org.apache.jena.graph.Node;

/**
 * The server's pages as static files, for any web server: a static host cannot answer 303, so each entity has its
 * page at id/X/index.html (sources at source/X/index.html) and its data at doc/X.ttl and the other syntaxes, beside
 * VoID, dumps and the ontology. Search, the query form and class pages need the server and are left out.
 */
public final class StaticSite {

    private static final String ENTITIES = """
            SELECT DISTINCT ?e WHERE { ?e ?p ?o FILTER (isIRI(?e) && (STRSTARTS(STR(?e), ?ids) || STRSTARTS(STR(?e), ?sources))) }
            ORDER BY ?e""";

    private StaticSite() {}

    /** Writes the site into the directory, which must be empty or not exist; returns the number of entities written. */
    public static int write(KnowledgeGraph graph, Path dir, String baseUrl) {
        return write(graph, dir, baseUrl, null);
    }

    /** The same, with each entity's picture (doc/X.svg) beside its page when a picture is given. */
    public static int write(KnowledgeGraph graph, Path dir, String baseUrl, EntityPicture picture) {
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new AikgException(Kind.USAGE, "The site directory " + dir + " is not empty");
                    }
                }
            }
            Files.createDirectories(dir);
            QueryRunner runner = new QueryRunner(graph.store());
            write(dir.resolve("index.html"), Html.render("home.jte", new HomePage(graph, new Listings(runner)).view(false)));
            write(dir.resolve("ns/index.html"), Html.render("ontology.jte", new OntologyPage(graph).view()));
            try (OutputStream out = create(dir.resolve("ns.ttl"))) {
                graph.exporter().graph(AIKG.ONTOLOGY, OutputFormat.TURTLE, out);
            }
            try (OutputStream out = create(dir.resolve(".well-known/void"))) {
                RdfOutput.write(out, new VoidDescription(graph).describe(baseUrl), OutputFormat.TURTLE);
            }
            try (OutputStream out = new GZIPOutputStream(create(dir.resolve("dumps/aikg.nq.gz")))) {
                graph.exporter().all(OutputFormat.NQUADS, out);
            }
            try (OutputStream out = create(dir.resolve("dumps/aikg.ttl"))) {
                graph.exporter().all(OutputFormat.TURTLE, out);
            }
            Map<Node, String> drawn = new HashMap<>();
            Function<Node, String> svg = picture == null ? null : e -> drawn.computeIfAbsent(e, picture::svg);
            EntityPages pages = new EntityPages(graph, new Profiles(runner), svg);
            Rows entities = graph.select(new QueryRequest(ENTITIES, Map.of("ids", AIKG.ID, "sources", AIKG.SOURCE), null, 1_000_000));
            int written = 0;
            for (int i = 0; i < entities.size(); i++) {
                Node entity = entities.get(i, "e");
                drawn.clear();
                String name = Links.docName(entity);
                if (name == null) {
                    continue;
                }
                byte[] page = pages.page(entity, name);
                Files.createDirectories(dir.resolve(Links.href(entity).substring(1)));
                Files.write(dir.resolve(Links.href(entity).substring(1)).resolve("index.html"), page);
                write(dir.resolve("doc/" + name + ".html"), page);
                for (Representation r : Representation.values()) {
                    if (r != Representation.HTML) {
                        Path file = dir.resolve("doc/" + name + "." + r.extension());
                        Files.createDirectories(file.getParent());
                        Files.write(file, pages.data(entity, r));
                    }
                }
                if (picture != null) {
                    Files.writeString(dir.resolve("doc/" + name + ".svg"), svg.apply(entity), java.nio.charset.StandardCharsets.UTF_8);
                }
                written++;
            }
            return written;
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write the site to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static OutputStream create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}

package org.aikg.shell.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.Params;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.Converters;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.aikg.shell.server.StaticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the dataset, one graph, or one entity's description as RDF; or the server's pages as a static site. */
@Command(name = "export", description = "Write the dataset, a graph or an entity as RDF, or the pages as a static site.", footer = {
        "Turtle (the default), TriG, N-Triples and N-Quads are byte-stable: the same data gives the same bytes.",
        "Without --out the RDF goes to stdout; with it, the file is replaced only once it is complete.",
        "--site writes the server's pages as static files: id/X/index.html, doc/X.ttl (and the other syntaxes),",
        ".well-known/void, dumps/, ns/; --base-url is where the site will be served.",
        "Example: aikg export --graph src:computerworld-ai-bust --format trig --out article.trig"})
final class ExportCommand implements AikgCommand {

    @Option(names = "--graph", paramLabel = "IRI", description = "only this named graph (a source)")
    String graph;

    @Option(names = "--entity", paramLabel = "NAME", description = "only what is said about this entity")
    String entity;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class,
            completionCandidates = QueryOutput.FormatNames.class,
            description = "turtle (default), ntriples, nquads, trig, jsonld or rdfxml")
    OutputFormat format = OutputFormat.TURTLE;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path out;

    @Option(names = "--site", paramLabel = "DIR", description = "write the linked-data pages, data, VoID and dumps into DIR")
    Path site;

    @Option(names = "--base-url", paramLabel = "URL", description = "with --site: the address the site will be served at")
    String baseUrl;

    @Override
    public int execute(Session session) {
        if (site != null) {
            if (graph != null || entity != null || out != null) {
                throw new AikgException(Kind.USAGE, "--site writes the whole site; give no --graph, --entity or --out with it");
            }
            int entities = StaticSite.write(session.graph(), site, baseUrl != null ? baseUrl : "http://127.0.0.1:3330",
                    Pictures.of(session.graph()));
            if (session.terminal()) {
                session.err().println("Wrote the site for " + entities + " entities to " + site);
            }
            return ExitCodes.OK;
        }
        if (baseUrl != null) {
            throw new AikgException(Kind.USAGE, "--base-url goes with --site");
        }
        if (graph != null && entity != null) {
            throw new AikgException(Kind.USAGE, "Give --graph or --entity, not both");
        }
        if (format.tabular()) {
            throw new AikgException(Kind.USAGE, "Export writes RDF: turtle, ntriples, nquads, trig, jsonld or rdfxml");
        }
        if (out == null) {
            write(session, session.out());
            session.out().flush();
            return ExitCodes.OK;
        }
        writeAtomically(session, out.toAbsolutePath());
        return ExitCodes.OK;
    }

    private void writeAtomically(Session session, Path target) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".aikg-export-", ".tmp");
            try (OutputStream file = Files.newOutputStream(temp)) {
                write(session, file);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move already succeeded, or the error above is the one to report
                }
            }
        }
    }

    private void write(Session session, OutputStream to) {
        var exporter = session.graph().exporter();
        if (graph != null) {
            exporter.graph(Params.iri("graph", graph, Prefixes.standard()).getURI(), format, to);
        } else if (entity != null) {
            exporter.entity(session.graph().explorer().resolve(entity), format, to);
        } else {
            exporter.all(format, to);
        }
    }
}

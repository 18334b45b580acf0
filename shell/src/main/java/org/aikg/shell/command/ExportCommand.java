package org.aikg.shell.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.Params;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Writes the dataset, one graph, or one entity's description as RDF. */
public final class ExportCommand implements AikgCommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the dataset, a graph or an entity as RDF";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg export [--graph IRI | --entity NAME] [--format turtle|ntriples|nquads|trig|jsonld|rdfxml] [--out FILE]
                  Turtle (the default), TriG, N-Triples and N-Quads are byte-stable: the same data gives the same bytes.
                  Without --out the RDF goes to stdout; with it, the file is replaced only once it is complete.
                       aikg export --site DIR [--out BASE-URL]
                  --site writes the server's pages as static files: id/X/index.html, doc/X.ttl (and the other
                  syntaxes), .well-known/void, dumps/, ns/; BASE-URL is where the site will be served.
                Example: aikg export --graph src:computerworld-ai-bust --format trig --out article.trig""";
    }

    @Override
    public Set<String> options() {
        return Set.of("graph", "entity", "format", "out", "site");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (inv.option("site") != null) {
            String base = inv.option("out") != null ? inv.option("out") : "http://127.0.0.1:3330";
            int entities = org.aikg.shell.server.StaticSite.write(session.graph(), Path.of(inv.option("site")), base);
            if (session.terminal()) {
                session.err().println("Wrote the site for " + entities + " entities to " + inv.option("site"));
            }
            return ExitCodes.OK;
        }
        if (inv.option("graph") != null && inv.option("entity") != null) {
            throw new AikgException(Kind.USAGE, "Give --graph or --entity, not both");
        }
        OutputFormat format = inv.option("format") == null ? OutputFormat.TURTLE : OutputFormat.parse(inv.option("format"));
        String out = inv.option("out");
        if (out == null) {
            write(inv, session, format, session.out());
            session.out().flush();
            return ExitCodes.OK;
        }
        Path target = Path.of(out).toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".aikg-export-", ".tmp");
            try (OutputStream file = Files.newOutputStream(temp)) {
                write(inv, session, format, file);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + out + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move already succeeded or the error above is the one to report
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void write(Invocation inv, Session session, OutputFormat format, OutputStream out) {
        var exporter = session.graph().exporter();
        if (inv.option("graph") != null) {
            exporter.graph(Params.iri("graph", inv.option("graph"), Prefixes.standard()).getURI(), format, out);
        } else if (inv.option("entity") != null) {
            exporter.entity(session.graph().explorer().resolve(inv.option("entity")), format, out);
        } else {
            exporter.all(format, out);
        }
    }
}

package org.aikg.shell.command;

import java.nio.file.Path;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Progress;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Imports an RDF file, all or nothing, after checking it against the shapes. */
public final class LoadCommand implements AikgCommand {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "Import an RDF file (validated; all or nothing)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg load FILE [--graph IRI] [--lang turtle|trig|ntriples|nquads|jsonld|rdfxml]
                  The format comes from the extension (.ttl .trig .nt .nq .jsonld .rdf, also .gz) unless --lang says.
                  Triples go to --graph, or to graph:default; quads keep their graphs.
                Example: aikg --store db load prices.ttl --graph src:my-prices""";
    }

    @Override
    public Set<String> options() {
        return Set.of("graph", "lang");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (inv.args().size() != 1) {
            throw new AikgException(Kind.USAGE, "Give one file. Usage: aikg load FILE [--graph IRI]");
        }
        Progress progress = session.terminal()
                ? (triples, millis) -> session.err().print("\r" + triples + " triples, "
                        + (millis == 0 ? 0 : triples * 1000 / millis) + " triples/s ")
                : Progress.NONE;
        ImportReport report = session.graph().load(Path.of(inv.args().getFirst()), inv.option("lang"),
                inv.option("graph"), progress);
        if (session.terminal()) {
            session.err().println("\rLoaded " + report.quads() + " quads into " + report.graphs() + " graph"
                    + (report.graphs() == 1 ? "" : "s") + " (" + report.elapsedMillis() + " ms)"
                    + (session.graph().persistent() ? "." : "; in memory, it lasts for this session."));
        }
        return ExitCodes.OK;
    }
}

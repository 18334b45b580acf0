package org.aikg.shell.command;

import java.nio.file.Path;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Progress;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports an RDF file, all or nothing, after checking it against the shapes. */
@Command(name = "load", description = "Import an RDF file (validated; all or nothing).", footer = {
        "The format comes from the extension (.ttl .trig .nt .nq .jsonld .rdf, also .gz) unless --lang says.",
        "Triples go to --graph, or to graph:default; quads keep their graphs.",
        "Example: aikg --store db load prices.ttl --graph src:my-prices"})
final class LoadCommand implements AikgCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--graph", paramLabel = "IRI", description = "the named graph for the file's triples")
    String graph;

    @Option(names = "--lang", paramLabel = "SYNTAX", description = "turtle, trig, ntriples, nquads, jsonld or rdfxml")
    String lang;

    @Override
    public int execute(Session session) {
        Progress progress = session.terminal()
                ? (triples, millis) -> session.err().print("\r" + triples + " triples, "
                        + (millis == 0 ? 0 : triples * 1000 / millis) + " triples/s ")
                : Progress.NONE;
        ImportReport report = session.graph().load(file, lang, graph, progress);
        if (session.terminal()) {
            session.err().println("\rLoaded " + report.quads() + " quads into " + report.graphs() + " graph"
                    + (report.graphs() == 1 ? "" : "s") + " (" + report.elapsedMillis() + " ms)"
                    + (session.graph().persistent() ? "." : "; in memory, it lasts for this session."));
        }
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.load.ImportReport;
import org.aikg.core.load.Progress;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports an RDF file, or a CSV table through a mapping, all or nothing, after checking it against the shapes. */
@Command(name = "load", description = "Import an RDF file, or a CSV table through a mapping (validated; all or nothing).", footer = {
        "The format comes from the extension (.ttl .trig .nt .nq .jsonld .rdf, also .gz) unless --lang says.",
        "Triples go to --graph, or to graph:default; quads keep their graphs.",
        "A CSV file needs --mapping: a mapping shipped with aikg by name (epoch-notable) or a mapping file (.rq),",
        "a SPARQL CONSTRUCT run once per row with the row's cells bound (see the README).",
        "Example: aikg --store db load prices.ttl --graph src:my-prices",
        "Example: aikg --store db load notable_ai_models.csv --mapping epoch-notable"})
final class LoadCommand implements AikgCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--graph", paramLabel = "IRI", description = "the named graph for the file's triples")
    String graph;

    @Option(names = "--lang", paramLabel = "SYNTAX", description = "turtle, trig, ntriples, nquads, jsonld or rdfxml")
    String lang;

    @Option(names = "--mapping", paramLabel = "MAPPING", description = "read FILE as a CSV table through this mapping (a name or a .rq file)")
    String mapping;

    @Override
    public int execute(Session session) {
        Progress progress = session.terminal()
                ? (triples, millis) -> session.err().print("\r" + triples + " triples, "
                        + (millis == 0 ? 0 : triples * 1000 / millis) + " triples/s ")
                : Progress.NONE;
        if (mapping != null && lang != null) {
            throw new AikgException(Kind.USAGE, "Give --mapping for a CSV table or --lang for an RDF file, not both");
        }
        if (mapping == null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.csv(\\.gz)?")) {
            throw new AikgException(Kind.USAGE, file + " is a CSV table; say how to read it: --mapping NAME|FILE.rq"
                    + " (shipped: " + String.join(", ", org.aikg.core.tabular.Mappings.shipped()) + ")");
        }
        ImportReport report = mapping != null ? session.graph().loadTable(file, mapping, graph, progress)
                : session.graph().load(file, lang, graph, progress);
        if (session.terminal()) {
            session.err().println("\rLoaded " + report.quads() + " quads into " + report.graphs() + " graph"
                    + (report.graphs() == 1 ? "" : "s") + " (" + report.elapsedMillis() + " ms)"
                    + (session.graph().persistent() ? "." : "; in memory, it lasts for this session."));
        }
        return ExitCodes.OK;
    }
}

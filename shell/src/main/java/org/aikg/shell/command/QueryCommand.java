package org.aikg.shell.command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.core.query.QueryRequest;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a SPARQL query given inline, from a file, or from standard input. */
@Command(name = "query", description = "Run a SPARQL query (inline, --file F, or - for stdin).", footer = {
        "The project's prefixes (aikg:, id:, schema:, prov:, ...) are declared for you.",
        "Example: aikg query 'SELECT ?name WHERE { ?m a aikg:AIModel ; schema:name ?name }' --format csv"})
final class QueryCommand implements AikgCommand {

    @Parameters(arity = "0..*", paramLabel = "SPARQL", description = "the query, or - to read it from standard input")
    List<String> words = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "read the query from FILE")
    Path file;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "bind ?NAME after parsing: id:x or <iri> for IRIs, numbers, dates, else a string")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    QueryOutput output;

    @Override
    public int execute(Session session) {
        String text = SparqlText.read("query", words, file, session);
        var policy = session.policy();
        QueryRequest request = new QueryRequest(text, params, policy.timeout(), policy.rowLimit());
        var prepared = session.graph().prepare(request);
        output.run(session, out -> session.graph().run(prepared, output.formats(session), out));
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.QueryRunner;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Runs a SPARQL query given inline, from a file, or from standard input. */
public final class QueryCommand implements AikgCommand {

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "Run a SPARQL query (inline, --file F, or - for stdin)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg query [SPARQL | --file FILE | -] [--param NAME=VALUE]... [--format FORMAT]
                  The project's prefixes (aikg:, id:, schema:, prov:, ...) are declared for you.
                  --param binds a variable after parsing: id:x or <iri> for IRIs, numbers, dates, else a string.
                  --format table|csv|tsv|json|xml for SELECT and ASK; turtle|ntriples|nquads|trig|jsonld|rdfxml
                           for CONSTRUCT and DESCRIBE. Default: table on a terminal, csv in a pipe, turtle for graphs.
                  --repeat N runs it N times in this process and prints the warm timings on stderr.
                Example: aikg query 'SELECT ?name WHERE { ?m a aikg:AIModel ; schema:name ?name }' --format csv""";
    }

    @Override
    public Set<String> options() {
        return Set.of("file", "param", "format", "repeat");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        String text = text(inv, session);
        var parsed = QueryRunner.parse(text);
        boolean tabular = parsed.isSelectType() || parsed.isAskType();
        QueryRequest request = new QueryRequest(text, inv.params(), inv.timeout(), inv.limit());
        var format = Results.format(inv, session, tabular);
        QueryOutcome outcome = Results.timed(inv, session, out -> session.graph().query(request, format, out));
        Results.report(outcome, session, request.rowLimit());
        return ExitCodes.OK;
    }

    /** The SPARQL text of a command: inline words, --file FILE, or - for standard input. */
    static String text(Invocation inv, Session session) {
        String file = inv.option("file");
        if (file != null) {
            if (!inv.args().isEmpty()) {
                throw new AikgException(Kind.USAGE, "Give the " + inv.command() + " inline or with --file, not both");
            }
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new AikgException(Kind.NOT_FOUND, "No such file: " + file);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read " + file + ": " + e.getMessage());
            }
        }
        if (inv.args().size() == 1 && inv.args().getFirst().equals("-")) {
            try {
                return new String(session.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read standard input: " + e.getMessage());
            }
        }
        if (inv.args().isEmpty()) {
            throw new AikgException(Kind.USAGE, "Nothing to run. Usage: aikg " + inv.command() + " [SPARQL | --file FILE | -]");
        }
        return String.join(" ", inv.args());
    }
}

package org.aikg.shell.command;

import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.QueryRunner;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Runs one of the named queries shipped with aikg. */
public final class RunCommand implements AikgCommand {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "Run a named query (see: named)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg run NAME [--param NAME=VALUE]... [--format FORMAT]
                  Parameters are declared by each query; `aikg named NAME` lists them with their defaults.
                Example: aikg run gpu-hours-ranking --param reference=id:llama-3-1-405b""";
    }

    @Override
    public Set<String> options() {
        return Set.of("param", "format", "repeat");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (inv.args().size() != 1) {
            throw new AikgException(Kind.USAGE, "Give one named query. Usage: aikg run NAME [--param NAME=VALUE]...");
        }
        NamedQuery named = session.graph().namedQueries().get(inv.args().getFirst());
        var parsed = QueryRunner.parse(named.text());
        boolean tabular = parsed.isSelectType() || parsed.isAskType();
        QueryRequest limits = new QueryRequest("", null, inv.timeout(), inv.limit());
        var format = Results.format(inv, session, tabular);
        QueryOutcome outcome = Results.timed(inv, session,
                out -> session.graph().runNamed(named.name(), inv.params(), limits, format, out));
        Results.report(outcome, session, limits.rowLimit());
        return ExitCodes.OK;
    }
}

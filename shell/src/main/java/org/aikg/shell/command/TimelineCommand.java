package org.aikg.shell.command;

import java.util.Map;
import java.util.Set;
import org.aikg.core.query.QueryOutcome;
import org.aikg.core.query.QueryRequest;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Market events in date order, with their figures and sources. */
public final class TimelineCommand implements AikgCommand {

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String summary() {
        return "Market events in date order, with figures and sources";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg timeline [--format FORMAT]
                  The same as: aikg run market-timeline
                Example: aikg timeline --format csv""";
    }

    @Override
    public Set<String> options() {
        return Set.of("format");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        QueryRequest limits = new QueryRequest("", null, inv.timeout(), inv.limit());
        QueryOutcome outcome = session.graph().runNamed("market-timeline", Map.of(), limits,
                Results.format(inv, session, true), session.out());
        Results.report(outcome, session, limits.rowLimit());
        return ExitCodes.OK;
    }
}

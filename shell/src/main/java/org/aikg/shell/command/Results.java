package org.aikg.shell.command;

import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryOutcome;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Chooses output formats and reports what a query did, the same way for every command that runs one. */
final class Results {

    private Results() {}

    /** The format asked for, or the default: a table on a terminal, CSV in a pipe; Turtle for graphs. */
    static OutputFormat format(Invocation inv, Session session, boolean tabular) {
        String asked = inv.option("format");
        if (asked != null) {
            return OutputFormat.parse(asked);
        }
        if (!tabular) {
            return OutputFormat.TURTLE;
        }
        return session.terminal() ? OutputFormat.TABLE : OutputFormat.CSV;
    }

    /** Row count and time on a terminal; the truncation notice always, on stderr. */
    static void report(QueryOutcome outcome, Session session, long limit) {
        session.out().flush();
        if (outcome.truncated()) {
            session.err().println("aikg: result truncated at " + outcome.count() + (outcome.form().equals("SELECT")
                    ? " rows" : " triples") + "; raise --limit to see more");
        }
        if (session.terminal()) {
            String unit = outcome.form().equals("SELECT") ? "row" : outcome.form().equals("ASK") ? "answer" : "triple";
            session.err().println(outcome.count() + " " + unit + (outcome.count() == 1 ? "" : "s")
                    + " (" + outcome.elapsedMillis() + " ms)");
        }
    }
}

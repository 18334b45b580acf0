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

    /** The --repeat option: how many times to run a query for timing (1 when absent). */
    static int repeat(Invocation inv) {
        return (int) inv.number("repeat", 1, 1, 10_000);
    }

    /**
     * Runs a query as often as --repeat says: the first run writes to stdout, the others to nowhere, and the
     * timings (median, fastest, slowest) go to stderr. Used to time warm runs in one process.
     */
    static QueryOutcome timed(Invocation inv, Session session, java.util.function.Function<java.io.OutputStream, QueryOutcome> run) {
        int runs = repeat(inv);
        QueryOutcome first = run.apply(session.out());
        if (runs == 1) {
            return first;
        }
        long[] millis = new long[runs];
        millis[0] = first.elapsedMillis();
        for (int i = 1; i < runs; i++) {
            long start = System.nanoTime();
            run.apply(java.io.OutputStream.nullOutputStream());
            millis[i] = (System.nanoTime() - start) / 1_000;
        }
        millis[0] *= 1_000;
        long[] warm = java.util.Arrays.copyOfRange(millis, 1, runs);
        java.util.Arrays.sort(warm);
        session.out().flush();
        session.err().printf(java.util.Locale.ROOT, "aikg: %d warm runs: median %.3f ms, min %.3f ms, max %.3f ms (first run %.3f ms)%n",
                warm.length, warm[warm.length / 2] / 1000.0, warm[0] / 1000.0, warm[warm.length - 1] / 1000.0, millis[0] / 1000.0);
        return first;
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

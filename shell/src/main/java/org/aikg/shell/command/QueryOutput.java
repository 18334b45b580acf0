package org.aikg.shell.command;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.aikg.core.format.FormatChoice;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryOutcome;
import org.aikg.shell.runtime.Converters;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Option;

/** How the commands that run a query write it: the format, and repeated runs for warm timings. */
final class QueryOutput {

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class, completionCandidates = FormatNames.class,
            description = "table, csv, tsv, json or xml for SELECT and ASK; turtle, ntriples, nquads, trig, jsonld or rdfxml for "
                    + "CONSTRUCT and DESCRIBE. Default: table on a terminal, csv in a pipe, turtle for graphs")
    OutputFormat format;

    @Option(names = "--repeat", paramLabel = "N",
            description = "run it N times in this process (parsed once, as Jena's tools do) and print the warm timings on stderr")
    int repeat = 1;

    /** Every format name, for completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::cliName).iterator();
        }
    }

    /** The format asked for, or the default for the query's form: a table on a terminal, CSV in a pipe, Turtle for graphs. */
    FormatChoice formats(Session session) {
        if (format != null) {
            return FormatChoice.of(format);
        }
        return new FormatChoice(session.terminal() ? OutputFormat.TABLE : OutputFormat.CSV, OutputFormat.TURTLE);
    }

    /**
     * Runs the query as often as --repeat says: the first run writes to stdout, the others to nowhere, and the timings
     * (median, mean, fastest, slowest) go to stderr; then reports the row count on a terminal and any cut.
     */
    void run(Session session, Function<OutputStream, QueryOutcome> query) {
        if (repeat < 1 || repeat > 10_000) {
            throw new org.aikg.core.AikgException(org.aikg.core.AikgException.Kind.USAGE,
                    "--repeat '" + repeat + "' is not a whole number from 1 to 10000");
        }
        QueryOutcome first = query.apply(session.out());
        if (repeat > 1) {
            long[] micros = new long[repeat - 1];
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                query.apply(OutputStream.nullOutputStream());
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(micros);
            session.out().flush();
            session.err().printf(Locale.ROOT, "aikg: %d warm runs: median %.3f ms, mean %.3f ms, min %.3f ms, max %.3f ms (first run %d ms)%n",
                    micros.length, micros[micros.length / 2] / 1000.0, Arrays.stream(micros).average().orElseThrow() / 1000.0,
                    micros[0] / 1000.0, micros[micros.length - 1] / 1000.0, first.elapsedMillis());
        }
        report(first, session);
    }

    /** The truncation notice always (stderr), and the count and time on a terminal. */
    static void report(QueryOutcome outcome, Session session) {
        session.out().flush();
        boolean rows = outcome.form().equals("SELECT");
        if (outcome.truncated()) {
            session.err().println("aikg: result truncated at " + outcome.count() + (rows ? " rows" : " triples")
                    + "; raise --limit to see more");
        }
        if (session.terminal()) {
            String unit = rows ? "row" : outcome.form().equals("ASK") ? "answer" : "triple";
            session.err().println(outcome.count() + " " + unit + (outcome.count() == 1 ? "" : "s") + " (" + outcome.elapsedMillis() + " ms)");
        }
    }
}

package org.aikg.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.generate.Generator;
import org.aikg.core.generate.GeneratorReport;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic AI-industry graph of a given size, the same bytes for the same size and seed. */
@Command(name = "generate", description = "Write a synthetic AI-industry graph as N-Quads (for scale tests and benchmarks).", footer = {
        "FILE is N-Quads, gzipped when it ends in .gz. The same N and seed give the same bytes.",
        "Prints the workload parameters picked from the data (name=value), one per line.",
        "Example: aikg generate --triples 1000000 --seed 42 --out /tmp/aikg-1m.nq.gz"})
final class GenerateCommand implements AikgCommand {

    @Option(names = "--triples", paramLabel = "N", required = true, description = "about how many triples to write")
    long triples;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed (42 by default)")
    long seed = 42;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the N-Quads file to write")
    Path out;

    @Override
    public int execute(Session session) {
        if (triples < 1) {
            throw new AikgException(Kind.USAGE, "--triples '" + triples + "' is not a positive whole number");
        }
        GeneratorReport report;
        try {
            report = Generator.toFile(triples, seed, out);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + out + ": " + e.getMessage(), e);
        }
        report.parameters().forEach((k, v) -> session.out().println(k + "=" + v));
        session.out().println("quads=" + report.quads());
        return ExitCodes.OK;
    }
}

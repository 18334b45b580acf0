package org.aikg.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.data.generator.Generator;
import org.aikg.data.generator.GeneratorReport;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Writes a synthetic AI-industry graph of a given size, the same bytes for the same size and seed. */
public final class GenerateCommand implements AikgCommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "Write a synthetic AI-industry graph as N-Quads (for scale tests and benchmarks)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg generate --triples N [--seed S] --out FILE
                  FILE is N-Quads, gzipped when it ends in .gz. The same N and seed give the same bytes.
                  Prints the workload parameters picked from the data (name=value), one per line.
                Example: aikg generate --triples 1000000 --seed 42 --out /tmp/aikg-1m.nq.gz""";
    }

    @Override
    public Set<String> options() {
        return Set.of("triples", "seed", "out");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        long triples = inv.number("triples", -1, 1, Long.MAX_VALUE);
        long seed = inv.number("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        if (triples < 1 || inv.option("out") == null) {
            throw new AikgException(Kind.USAGE, "Usage: aikg generate --triples N [--seed S] --out FILE");
        }
        GeneratorReport report;
        try {
            report = Generator.toFile(triples, seed, Path.of(inv.option("out")));
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + inv.option("out") + ": " + e.getMessage(), e);
        }
        report.parameters().forEach((k, v) -> session.out().println(k + "=" + v));
        session.out().println("quads=" + report.quads());
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import java.io.PrintStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.named.NamedQuery;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Lists the named queries, or shows one with its parameters and text. */
public final class NamedCommand implements AikgCommand {

    @Override
    public String name() {
        return "named";
    }

    @Override
    public String summary() {
        return "List the named queries, or describe one";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg named [NAME]
                Example: aikg named price-ratio""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        PrintStream out = session.out();
        var catalogue = session.graph().namedQueries();
        if (inv.args().isEmpty()) {
            int width = catalogue.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
            for (NamedQuery q : catalogue.all()) {
                out.println(q.name() + " ".repeat(width - q.name().length()) + "  " + q.description());
            }
            return ExitCodes.OK;
        }
        if (inv.args().size() > 1) {
            throw new AikgException(Kind.USAGE, "Usage: aikg named [NAME]");
        }
        NamedQuery q = catalogue.get(inv.args().getFirst());
        out.println(q.name() + ": " + q.description());
        if (q.parameters().isEmpty()) {
            out.println("Parameters: none");
        } else {
            out.println("Parameters:");
            for (NamedQuery.Parameter p : q.parameters()) {
                String dflt = p.required() ? "required" : p.defaultValue() == null ? "optional" : "default " + p.defaultValue();
                out.println("  " + p.name() + " (" + p.type() + ", " + dflt + ")  " + p.description());
            }
        }
        out.println();
        out.print(q.text().endsWith("\n") ? q.text() : q.text() + "\n");
        return ExitCodes.OK;
    }
}

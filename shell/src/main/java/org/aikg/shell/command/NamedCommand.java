package org.aikg.shell.command;

import java.io.PrintStream;
import org.aikg.core.named.NamedQuery;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Lists the named queries, or shows one with its parameters and text. */
@Command(name = "named", description = "List the named queries, or describe one.", footer = "Example: aikg named price-ratio")
final class NamedCommand implements AikgCommand {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the named query to show with its parameters and text")
    String name;

    @Override
    public int execute(Session session) {
        PrintStream out = session.out();
        var catalogue = org.aikg.core.named.NamedQueryCatalogue.load();
        if (name == null) {
            int width = catalogue.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
            for (NamedQuery q : catalogue.all()) {
                out.println(q.name() + " ".repeat(width - q.name().length()) + "  " + q.description());
            }
            return ExitCodes.OK;
        }
        NamedQuery q = catalogue.get(name);
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

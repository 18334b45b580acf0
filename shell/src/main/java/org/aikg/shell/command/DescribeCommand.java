package org.aikg.shell.command;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Fact;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import org.aikg.core.profile.ProfileText;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Shows an entity: its profile first (what it is, its figures in words with their numbered sources, what belongs to it,
 * disagreements side by side), then every statement by property with the source of each, as the web page does.
 */
@Command(name = "describe", description = "Show an entity: its profile, then every statement with its source.",
        footer = {"NAME is a name (quote it if it has spaces), a prefixed name or an <IRI>.", "Example: aikg describe DeepSeek-V3"})
final class DescribeCommand implements AikgCommand {

    @Mixin
    EntityName name;

    @Option(names = "--brief", description = "only the profile, not every statement")
    boolean brief;

    @Override
    public int execute(Session session) {
        Explorer explorer = session.graph().explorer();
        Node entity = name.resolve(explorer);
        List<Fact> facts = explorer.facts(entity);
        if (facts.isEmpty()) {
            throw new AikgException(Kind.NOT_FOUND, "Nothing is said about " + Explorer.shorten(entity));
        }
        PrintStream out = session.out();
        out.print(ProfileText.summary(session.graph().profiles().of(entity)));
        if (brief) {
            return ExitCodes.OK;
        }
        out.println();
        out.println("Every statement:");
        out.println(explorer.nameOf(entity) + "  " + Explorer.shorten(entity));
        Map<String, StringBuilder> outgoing = new LinkedHashMap<>();
        Map<String, StringBuilder> incoming = new LinkedHashMap<>();
        for (Fact f : facts) {
            String source = "  [" + Text.cell(f.source()) + "]";
            if (f.incoming()) {
                incoming.computeIfAbsent(Text.cell(f.property()), k -> new StringBuilder())
                        .append("\n    ").append(Text.cell(f.subject())).append(source);
            } else {
                outgoing.computeIfAbsent(Text.cell(f.property()), k -> new StringBuilder())
                        .append("\n    ").append(value(f.value(), explorer, f)).append(source);
            }
        }
        outgoing.forEach((p, values) -> out.println("  " + p + values));
        if (!incoming.isEmpty()) {
            out.println("Incoming:");
            incoming.forEach((p, values) -> out.println("  " + p + " (from)" + values));
        }
        return ExitCodes.OK;
    }

    private static String value(Node value, Explorer explorer, Fact fact) {
        if (!value.isBlank()) {
            return Text.cell(value);
        }
        return explorer.partsOf(fact).stream()
                .map(f -> Text.cell(f.property()) + " " + Text.cell(f.value()))
                .reduce((a, b) -> a + "; " + b).map(s -> "[ " + s + " ]").orElse("[ ]");
    }
}

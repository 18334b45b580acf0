package org.aikg.shell.command;

import java.util.Map;
import java.util.TreeMap;
import org.aikg.core.Prefixes;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;

/** Shows the prefixes every query may use without declaring them. */
@Command(name = "prefixes", description = "Show the prefixes declared for every query.", footer = "Example: aikg prefixes")
final class PrefixesCommand implements AikgCommand {

    @Override
    public int execute(Session session) {
        Map<String, String> sorted = new TreeMap<>(Prefixes.standard().getNsPrefixMap());
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
        sorted.forEach((p, ns) -> session.out().println("PREFIX " + p + ":" + " ".repeat(width - p.length()) + " <" + ns + ">"));
        return ExitCodes.OK;
    }
}

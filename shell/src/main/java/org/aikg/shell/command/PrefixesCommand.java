package org.aikg.shell.command;

import java.util.Map;
import java.util.TreeMap;
import org.aikg.core.Prefixes;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Shows the prefixes every query may use without declaring them. */
public final class PrefixesCommand implements AikgCommand {

    @Override
    public String name() {
        return "prefixes";
    }

    @Override
    public String summary() {
        return "Show the prefixes declared for every query";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg prefixes
                Example: aikg prefixes""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        Map<String, String> sorted = new TreeMap<>(Prefixes.standard().getNsPrefixMap());
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
        sorted.forEach((p, ns) -> session.out().println("PREFIX " + p + ":" + " ".repeat(width - p.length()) + " <" + ns + ">"));
        return ExitCodes.OK;
    }
}

package org.aikg.shell.interactive;

import java.util.List;
import java.util.Set;
import org.aikg.shell.runtime.SparqlInput;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Tells Spring Shell which command a prompt line is for and hands the whole line on untouched: the dispatcher splits
 * it once (SPARQL whole, the rest like a POSIX shell; Spring Shell's own splitter counts every quote). A line that
 * names no aikg or built-in command goes to the dispatcher too, which explains.
 */
final class AikgCommandParser implements CommandParser {

    private final Set<String> known;

    AikgCommandParser(Set<String> known) {
        this.known = known;
    }

    @Override
    public ParsedInput parse(String input) {
        String line = input.strip();
        if (line.isEmpty()) {
            return new ParsedInput("", List.of(), List.of(), List.of());
        }
        String first = SparqlInput.startsQuery(line) ? "query" : line.split("\\s+", 2)[0];
        String command = known.contains(first) ? first : CommandAdapter.FALLBACK;
        return new ParsedInput(command, List.of(), List.of(), List.of(new CommandArgument(0, line)));
    }
}

package org.aikg.shell.interactive;

import java.util.ArrayList;
import java.util.List;
import org.aikg.shell.cli.SparqlInput;
import org.aikg.shell.cli.Tokenizer;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

/** Replaces Spring Shell's quote-counting splitter: SPARQL goes through whole, other lines are split like a POSIX shell. */
final class AikgCommandParser implements CommandParser {

    @Override
    public ParsedInput parse(String input) {
        String line = input.strip();
        if (SparqlInput.startsQuery(line)) {
            var inv = SparqlInput.invocation(line);
            return new ParsedInput(inv.command(), List.of(), List.of(), List.of(new CommandArgument(0, inv.args().getFirst())));
        }
        List<String> words;
        try {
            words = Tokenizer.split(line);
        } catch (RuntimeException e) {
            words = List.of(line.split("\\s+"));
        }
        if (words.isEmpty()) {
            return new ParsedInput("", List.of(), List.of(), List.of());
        }
        List<CommandArgument> arguments = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            arguments.add(new CommandArgument(i - 1, words.get(i)));
        }
        return new ParsedInput(words.getFirst(), List.of(), List.of(), arguments);
    }
}

package org.aikg.shell.interactive;

import java.util.List;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.HelpText;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Presents an aikg command to Spring Shell: its name, description and help come from the command's declaration, and
 * running it hands the prompt line to the dispatcher, which reports any failure in one line.
 */
final class CommandAdapter implements Command {

    /** The name under which words that name no command reach the dispatcher, which says so in its own words. */
    static final String FALLBACK = "aikg";

    private final String name;
    private final CommandSpec spec;
    private final Dispatcher dispatcher;

    CommandAdapter(String name, CommandSpec spec, Dispatcher dispatcher) {
        this.name = name;
        this.spec = spec;
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return HelpText.summary(spec);
    }

    @Override
    public String getHelp() {
        return name.equals(FALLBACK) ? HelpText.program(spec) : HelpText.command(spec);
    }

    @Override
    public String getGroup() {
        return "aikg";
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        List<CommandArgument> line = context.parsedInput().arguments();
        dispatcher.runLine(line.isEmpty() ? name : line.getFirst().value());
        // The dispatcher has reported any failure in one line; a non-OK status would make Spring Shell add a vaguer one.
        return ExitStatus.OK;
    }
}

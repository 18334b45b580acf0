package org.aikg.shell.command;

import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.HelpText;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the commands, or shows one command's usage. */
@Command(name = "help", description = "List the commands, or show how to use one.", footer = "Example: aikg help query")
final class HelpCommand implements AikgCommand {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to explain")
    String command;

    @Override
    public int execute(Session session) {
        CommandSpec program = spec.parent();
        if (command == null) {
            session.out().print(HelpText.program(program));
            return ExitCodes.OK;
        }
        CommandLine sub = program.subcommands().get(command);
        if (sub == null) {
            throw new AikgException(Kind.USAGE, "Unknown command '" + command + "'. Try: aikg help");
        }
        session.out().print(HelpText.command(sub.getCommandSpec()));
        return ExitCodes.OK;
    }
}

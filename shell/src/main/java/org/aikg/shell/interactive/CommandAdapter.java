package org.aikg.shell.interactive;

import java.util.ArrayList;
import java.util.List;
import org.aikg.core.query.QueryRunner;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.aikg.shell.command.AikgCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/** Presents an aikg command to Spring Shell; failures become one line (and a caret under a syntax error), never a trace. */
final class CommandAdapter implements Command {

    private final AikgCommand command;
    private final Session session;

    CommandAdapter(AikgCommand command, Session session) {
        this.command = command;
        this.session = session;
    }

    @Override
    public String getName() {
        return command.name();
    }

    @Override
    public String getDescription() {
        return command.summary();
    }

    @Override
    public String getHelp() {
        return command.usage();
    }

    @Override
    public String getGroup() {
        return "aikg";
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        List<String> words = new ArrayList<>();
        words.add(command.name());
        for (CommandArgument argument : context.parsedInput().arguments()) {
            words.add(argument.value());
        }
        Invocation inv = null;
        try {
            inv = Invocation.parse(words);
            if (inv.flag("help")) {
                session.out().println(command.usage());
                return ExitStatus.OK;
            }
            inv.allowOnly(command.options());
            session.chooseStore(inv);
            command.execute(inv, session);
            session.out().flush();
            return ExitStatus.OK;
        } catch (RuntimeException e) {
            session.out().flush();
            if (e instanceof QueryRunner.SyntaxError syntax && inv != null && (inv.command().equals("query") || inv.command().equals("update"))
                    && inv.args().size() == 1) {
                showCaret(inv.args().getFirst(), syntax.line(), syntax.column());
            }
            session.err().println(ExitCodes.message(e));
            session.err().flush();
            // Reported above in one line; a non-OK status would make Spring Shell print a second, vaguer one.
            return ExitStatus.OK;
        }
    }

    private void showCaret(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line >= 1 && line <= lines.length && column >= 1) {
            session.err().println("  " + lines[line - 1]);
            session.err().println("  " + " ".repeat(Math.min(column - 1, lines[line - 1].length())) + "^");
        }
    }
}

package org.aikg.shell.command;

import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Says which store is open. */
public final class StoreCommand implements AikgCommand {

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String summary() {
        return "Show which store is open";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg store [--store DIR | --endpoint URL]
                Example: aikg store --store /tmp/aikg-db""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        session.out().println(session.graph().storeDescription());
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;

/** Says which store is open. */
@Command(name = "store", description = "Show which store is open.", footer = "Example: aikg store --store /tmp/aikg-db")
final class StoreCommand implements AikgCommand {

    @Override
    public int execute(Session session) {
        session.out().println(session.graph().storeDescription());
        return ExitCodes.OK;
    }
}

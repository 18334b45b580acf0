package org.aikg.shell.command;

import java.util.Map;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Market events in date order, with their figures and sources. */
@Command(name = "timeline", description = "Market events in date order, with figures and sources.", footer = {
        "The same as: aikg run market-timeline", "Example: aikg timeline --format csv"})
final class TimelineCommand implements AikgCommand {

    @Mixin
    QueryOutput output;

    @Override
    public int execute(Session session) {
        var prepared = session.graph().prepareNamed("market-timeline", Map.of(), session.policy());
        output.run(session, out -> session.graph().run(prepared, output.formats(session), out));
        return ExitCodes.OK;
    }
}

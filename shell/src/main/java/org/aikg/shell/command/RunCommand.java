package org.aikg.shell.command;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one of the named queries shipped with aikg. */
@Command(name = "run", description = "Run a named query (see: named).", footer = {
        "Parameters are declared by each query; `aikg named NAME` lists them with their defaults.",
        "Example: aikg run gpu-hours-ranking --param reference=id:llama-3-1-405b"})
final class RunCommand implements AikgCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "the named query")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a value for one of the query's parameters")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    QueryOutput output;

    @Override
    public int execute(Session session) {
        var prepared = session.graph().prepareNamed(name, params, session.policy());
        output.run(session, out -> session.graph().run(prepared, output.formats(session), out));
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Prints the version of aikg and of the engine under it. */
public final class VersionCommand implements AikgCommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "Show the versions of aikg, Jena and Java";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg version
                Example: aikg version""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        String aikg = VersionCommand.class.getPackage().getImplementationVersion();
        String jena = org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion();
        session.out().println("aikg " + (aikg == null ? "dev" : aikg) + " (Apache Jena " + (jena == null ? "?" : jena)
                + ", Java " + Runtime.version() + ")");
        return ExitCodes.OK;
    }
}

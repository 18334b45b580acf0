package org.aikg.shell.command;

import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;

/** Prints the version of aikg and of the engine under it. */
@Command(name = "version", description = "Show the versions of aikg, Jena and Java.", footer = "Example: aikg version")
final class VersionCommand implements AikgCommand {

    @Override
    public int execute(Session session) {
        String aikg = VersionCommand.class.getPackage().getImplementationVersion();
        String jena = org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion();
        session.out().println("aikg " + (aikg == null ? "dev" : aikg) + " (Apache Jena " + (jena == null ? "?" : jena)
                + ", Java " + Runtime.version() + ")");
        return ExitCodes.OK;
    }
}

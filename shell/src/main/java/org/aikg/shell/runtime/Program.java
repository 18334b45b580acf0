package org.aikg.shell.runtime;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The aikg program itself: the global options, and a script to run; its subclass lists the commands. */
public abstract class Program {

    @Mixin
    GlobalOptions globals;

    @Option(names = "--script", paramLabel = "FILE", order = 0,
            description = "run the commands in FILE, one per line, stopping at the first error")
    Path script;
}

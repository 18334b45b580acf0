package org.aikg.shell.command;

import org.aikg.shell.runtime.Program;
import picocli.CommandLine.Command;

/** The table of aikg commands, in name order: the one place commands are registered. */
@Command(name = "aikg", subcommands = {
        ChartCommand.class,
        DescribeCommand.class,
        ExportCommand.class,
        GenerateCommand.class,
        HelpCommand.class,
        LoadCommand.class,
        NamedCommand.class,
        PathCommand.class,
        PictureCommand.class,
        PrefixesCommand.class,
        QueryCommand.class,
        RunCommand.class,
        SearchCommand.class,
        ServeCommand.class,
        SourcesCommand.class,
        StatsCommand.class,
        StoreCommand.class,
        TimelineCommand.class,
        UpdateCommand.class,
        ValidateCommand.class,
        VersionCommand.class})
public final class AikgCommands extends Program {}

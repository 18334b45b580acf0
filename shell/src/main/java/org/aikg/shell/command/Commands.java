package org.aikg.shell.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The table of aikg commands, in name order; the one place commands are registered. */
public final class Commands {

    private final List<AikgCommand> all;

    private Commands(List<AikgCommand> all) {
        this.all = all.stream().sorted(Comparator.comparing(AikgCommand::name)).toList();
    }

    /** Every command aikg has. */
    public static Commands standard() {
        Commands[] self = new Commands[1];
        self[0] = new Commands(List.of(
                new DescribeCommand(),
                new ExportCommand(),
                new GenerateCommand(),
                new HelpCommand(() -> self[0]),
                new LoadCommand(),
                new NamedCommand(),
                new PathCommand(),
                new PrefixesCommand(),
                new QueryCommand(),
                new RunCommand(),
                new SearchCommand(),
                new ServeCommand(),
                new SourcesCommand("sources"),
                new SourcesCommand("why"),
                new StatsCommand(),
                new StoreCommand(),
                new TimelineCommand(),
                new UpdateCommand(),
                new ValidateCommand(),
                new VersionCommand()));
        return self[0];
    }

    public List<AikgCommand> all() {
        return all;
    }

    public Optional<AikgCommand> find(String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}

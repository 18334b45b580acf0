package org.aikg.shell.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes, before or after the command's name; declared once and inherited by all. */
public final class GlobalOptions {

    @Option(names = "--store", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 1,
            description = "use the TDB2 store in DIR (created, with the bundled graph, on first use)")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT, order = 2, converter = Converters.HttpUrl.class,
            description = "use a remote SPARQL endpoint")
    URI endpoint;

    @Option(names = "--endpoint-user", paramLabel = "USER", scope = ScopeType.INHERIT, order = 3,
            description = "user name for the endpoint (HTTP Basic)")
    String endpointUser;

    @Option(names = "--endpoint-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT, order = 4,
            description = "password for the endpoint; or set AIKG_ENDPOINT_PASSWORD")
    String endpointPassword;

    @Option(names = "--timeout", paramLabel = "T", scope = ScopeType.INHERIT, order = 5, converter = Converters.Deadline.class,
            description = "query and update deadline: 30s (default), 500ms, 2m")
    Duration timeout;

    @Option(names = "--limit", paramLabel = "N", scope = ScopeType.INHERIT, order = 6, converter = Converters.RowLimit.class,
            description = "row cap, 10000 by default; a cut result says so on stderr")
    Long limit;

    @Option(names = "--allow-update", scope = ScopeType.INHERIT, order = 7,
            description = "allow SPARQL updates (always on in the interactive shell)")
    boolean allowUpdate;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 8, description = "stack traces for failures")
    boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, order = 9,
            description = "show how to use aikg or a command")
    boolean help;
}

package org.aikg.shell.command;

import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import java.time.Duration;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.Converters;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.aikg.shell.server.Limits;
import org.aikg.shell.server.LinkedDataServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Publishes the graph over HTTP: SPARQL endpoint, dereferenceable IRIs, HTML pages, VoID and dumps. */
@Command(name = "serve", description = "Publish the graph over HTTP (SPARQL, linked data, VoID, dumps).", footer = {
        "Binds to 127.0.0.1 unless --host names another address; read-only unless --allow-update, which needs a",
        "password (--password or AIKG_PASSWORD) for user 'aikg'. Every query has the deadline (--timeout) and the",
        "row cap (--limit). CORS is off unless --cors lists origins.",
        "Example: aikg --store db serve --port 3330"})
final class ServeCommand implements AikgCommand {

    @Option(names = "--port", paramLabel = "N", description = "the port, 3330 by default (0: any free port)")
    int port = 3330;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "the address to listen on (127.0.0.1 by default)")
    String host;

    @Option(names = "--password", paramLabel = "P", description = "the update password for user 'aikg' (or AIKG_PASSWORD)")
    String password;

    @Option(names = "--cors", paramLabel = "ORIGINS", description = "allow these origins to call the endpoint from a browser")
    String cors;

    @Option(names = "--max-body-size", paramLabel = "BYTES", description = "the largest request body (16 MiB; larger ones get 413 unread)")
    long maxBody = Limits.DEFAULTS.maxBodyBytes();

    @Option(names = "--max-header-size", paramLabel = "BYTES", description = "the largest request headers (64 KiB; larger ones get 431)")
    int maxHeader = Limits.DEFAULTS.maxHeaderBytes();

    @Option(names = "--max-connections", paramLabel = "N", description = "open connections at most (256)")
    int maxConnections = Limits.DEFAULTS.maxConnections();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (32, at least 8)")
    int threads = Limits.DEFAULTS.maxThreads();

    @Option(names = "--idle-timeout", paramLabel = "T", converter = Converters.Deadline.class,
            description = "close a connection silent this long (30s)")
    Duration idleTimeout = Limits.DEFAULTS.idleTimeout();

    @Override
    public int execute(Session session) {
        if (port < 0 || port > 65535) {
            throw new AikgException(Kind.USAGE, "--port '" + port + "' is not a whole number from 0 to 65535");
        }
        String updatePassword = null;
        if (session.allowUpdateGiven()) {
            updatePassword = password != null ? password : System.getenv("AIKG_PASSWORD");
            if (updatePassword == null || updatePassword.isBlank()) {
                throw new AikgException(Kind.USAGE, "--allow-update needs a password: --password P or AIKG_PASSWORD");
            }
        } else if (password != null) {
            throw new AikgException(Kind.USAGE, "--password is the update password; give it with --allow-update");
        }
        Limits limits;
        try {
            limits = new Limits(maxHeader, maxBody, maxConnections, threads, idleTimeout);
        } catch (IllegalArgumentException e) {
            throw new AikgException(Kind.USAGE, e.getMessage());
        }
        var policy = session.policy();
        LinkedDataServer server = LinkedDataServer.start(session.graph(), new LinkedDataServer.Settings(
                host, port, policy.timeout(), policy.rowLimit(), updatePassword, cors, limits), Pictures.of(session.graph()));
        session.err().println("aikg: serving " + session.graph().storeDescription() + " at http://"
                + (host == null ? "127.0.0.1" : host) + ":" + server.port() + "/ (SPARQL: /aikg/sparql"
                + (updatePassword != null ? ", updates for user aikg" : ", read-only") + "); Ctrl-C stops");
        session.err().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        session.onCancel(server::close);
        server.join();
        return ExitCodes.OK;
    }
}

package org.aikg.shell.command;

import java.time.Duration;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.QueryRequest;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.aikg.shell.server.LinkedDataServer;

/** Publishes the graph over HTTP: SPARQL endpoint, dereferenceable IRIs, HTML pages, VoID and dumps. */
public final class ServeCommand implements AikgCommand {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Publish the graph over HTTP (SPARQL, linked data, VoID, dumps)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg serve [--port N] [--host ADDRESS] [--allow-update --password P] [--cors ORIGINS]
                  Binds to 127.0.0.1 unless --host names another address; read-only unless --allow-update,
                  which needs a password (--password or AIKG_PASSWORD) for user 'aikg'. Every query has the
                  deadline (--timeout) and the row cap (--limit). CORS is off unless --cors lists origins.
                Example: aikg --store db serve --port 3330""";
    }

    @Override
    public Set<String> options() {
        return Set.of("port", "host", "cors");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        int port = (int) inv.number("port", 3330, 0, 65535);
        String password = null;
        if (inv.flag("allow-update") || session.writesAllowed()) {
            password = inv.option("password") != null ? inv.option("password") : System.getenv("AIKG_PASSWORD");
            if (password == null || password.isBlank()) {
                throw new AikgException(Kind.USAGE, "--allow-update needs a password: --password P or AIKG_PASSWORD");
            }
        }
        Duration timeout = inv.timeout() != null ? inv.timeout() : QueryRequest.DEFAULT_TIMEOUT;
        long limit = inv.limit() > 0 ? inv.limit() : QueryRequest.DEFAULT_ROW_LIMIT;
        LinkedDataServer server = LinkedDataServer.start(session.graph(), new LinkedDataServer.Settings(
                inv.option("host"), port, timeout, limit, password, inv.option("cors")));
        String host = inv.option("host") == null ? "127.0.0.1" : inv.option("host");
        session.err().println("aikg: serving " + session.graph().storeDescription() + " at http://" + host + ":" + server.port()
                + "/ (SPARQL: /aikg/sparql" + (password != null ? ", updates for user aikg" : ", read-only") + "); Ctrl-C stops");
        session.err().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.join();
        return ExitCodes.OK;
    }
}

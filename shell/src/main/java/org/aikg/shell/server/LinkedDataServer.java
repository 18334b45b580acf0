package org.aikg.shell.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/** The aikg server: embedded Fuseki, read-only unless told, loopback unless told, with the linked-data pages. */
public final class LinkedDataServer implements AutoCloseable {

    /** What to serve and how: the host (null for loopback), port (0 for any free one), deadline, row cap, update password, CORS origins. */
    public record Settings(String host, int port, Duration timeout, long rowLimit, String updatePassword, String corsOrigins) {}

    /** The user name for updates, with the password given at start. */
    public static final String UPDATE_USER = "aikg";

    private final FusekiServer server;
    private final Path passwordFile;

    private LinkedDataServer(FusekiServer server, Path passwordFile) {
        this.server = server;
        this.passwordFile = passwordFile;
    }

    /** Builds and starts the server on the graph's local store. */
    public static LinkedDataServer start(KnowledgeGraph graph, Settings settings) {
        DatasetGraph dsg = graph.store().dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "serve needs a local store (in memory or --store), not a remote endpoint");
        }
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        dsg.getContext().set(Service.httpServiceAllowed, false);
        boolean updates = settings.updatePassword() != null;
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.host() == null)
                .enableCors(settings.corsOrigins() != null, settings.corsOrigins())
                .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
                .registerOperation(Operation.Query, new AikgQueryService(settings.rowLimit()))
                .registerOperation(Operation.Update, new AikgUpdateService())
                .add("/aikg", dsg, false)
                .addFilter("/aikg/sparql", new ServiceDescriptionFilter(updates));
        Path passwords = null;
        if (updates) {
            passwords = passwordFile(settings.updatePassword());
            builder.auth(AuthScheme.BASIC).passwordFile(passwords.toString())
                    .addEndpoint("/aikg", "update", Operation.Update, Auth.policyAllowSpecific(UPDATE_USER));
        }
        VoidDescription voidDescription = new VoidDescription(graph);
        LinkedDataServlet pages = new LinkedDataServlet(graph, voidDescription);
        for (String path : new String[] {"", "/id/*", "/doc/*", "/search", "/query", "/.well-known/void", "/dumps/*", "/ns"}) {
            builder.addServlet(path, pages);
        }
        FusekiServer server = builder.build();
        if (settings.host() != null) {
            bindTo(server, settings.host());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new AikgException(Kind.STORE, "Cannot start the server on port " + settings.port() + ": " + e.getMessage(), e);
        }
        return new LinkedDataServer(server, passwords);
    }

    private static void bindTo(FusekiServer server, String host) {
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new AikgException(Kind.USAGE, "Unknown host '" + host + "'");
        }
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    private static Path passwordFile(String password) {
        try {
            Path file = Files.createTempFile("aikg-users-", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, UPDATE_USER + ": " + password + "\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write the password file: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        if (passwordFile != null) {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // deleted on exit anyway
            }
        }
    }
}

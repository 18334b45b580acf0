package org.aikg.shell.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.profile.Listings;
import org.aikg.core.profile.Profiles;
import org.aikg.core.query.QueryRunner;
import org.aikg.shell.server.pages.ClassPage;
import org.aikg.shell.server.pages.Dumps;
import org.aikg.shell.server.pages.EntityPages;
import org.aikg.shell.server.pages.HomePage;
import org.aikg.shell.server.pages.OntologyPage;
import org.aikg.shell.server.pages.Page;
import org.aikg.shell.server.pages.QueryPage;
import org.aikg.shell.server.pages.Router;
import org.aikg.shell.server.pages.SearchPage;
import org.aikg.shell.server.pages.VoidDescription;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The aikg server: embedded Fuseki for SPARQL (read-only unless an update password is given, every query under the
 * query policy), the linked-data pages, loopback unless told, with caps on headers, bodies, connections and threads.
 */
public final class LinkedDataServer implements AutoCloseable {

    /**
     * What to serve and how: the host (null for loopback), port (0 for any free one), query deadline and row cap,
     * update password (null for read-only), CORS origins (null for none), and the caps.
     */
    public record Settings(String host, int port, Duration timeout, long rowLimit, String updatePassword, String corsOrigins,
            Limits limits) {

        public Settings {
            limits = limits == null ? Limits.DEFAULTS : limits;
        }

        /** Settings with the default caps. */
        public Settings(String host, int port, Duration timeout, long rowLimit, String updatePassword, String corsOrigins) {
            this(host, port, timeout, rowLimit, updatePassword, corsOrigins, Limits.DEFAULTS);
        }
    }

    /** The user name for updates, with the password given at start. */
    public static final String UPDATE_USER = "aikg";

    private final FusekiServer server;
    private final Path passwordFile;

    private LinkedDataServer(FusekiServer server, Path passwordFile) {
        this.server = server;
        this.passwordFile = passwordFile;
    }

    /** Builds and starts the server on the graph's local store, without neighbourhood pictures. */
    public static LinkedDataServer start(KnowledgeGraph graph, Settings settings) {
        return start(graph, settings, null);
    }

    /** Builds and starts the server; picture draws the neighbourhood shown on entity pages (null for none). */
    public static LinkedDataServer start(KnowledgeGraph graph, Settings settings, EntityPicture picture) {
        DatasetGraph dsg = graph.store().dataset();
        if (dsg == null) {
            throw new AikgException(Kind.REFUSED, "serve needs a local store (in memory or a TDB2 directory), not a remote endpoint");
        }
        QueryPolicy policy = new QueryPolicy(settings.timeout(), settings.rowLimit());
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(policy.timeout().toMillis()));
        dsg.getContext().set(Service.httpServiceAllowed, false);
        boolean updates = settings.updatePassword() != null;
        Limits limits = settings.limits();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.host() == null)
                .numServerThreads(Math.min(8, limits.maxThreads()), limits.maxThreads())
                .enableCors(settings.corsOrigins() != null, settings.corsOrigins())
                .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
                .registerOperation(Operation.Query, new AikgQueryService(policy))
                .registerOperation(Operation.Update, new AikgUpdateService(policy))
                .add("/aikg", dsg, false)
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/aikg/sparql", new ServiceDescriptionFilter(updates));
        Path passwords = null;
        if (updates) {
            passwords = passwordFile(settings.updatePassword());
            builder.auth(AuthScheme.BASIC).passwordFile(passwords.toString())
                    .addEndpoint("/aikg", "update", Operation.Update, Auth.policyAllowSpecific(UPDATE_USER));
        }
        Map<String, Page> pages = pages(graph, picture, new QueryPolicy(settings.timeout(), settings.rowLimit()));
        Router router = new Router(pages);
        for (String segment : pages.keySet()) {
            if (segment.isEmpty()) {
                builder.addServlet("", router);
            } else {
                builder.addServlet("/" + segment, router).addServlet("/" + segment + "/*", router);
            }
        }
        FusekiServer server = builder.build();
        Hardening.apply(server, limits);
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

    /** The page families by first path segment. */
    static Map<String, Page> pages(KnowledgeGraph graph, EntityPicture picture, QueryPolicy policy) {
        QueryRunner runner = new QueryRunner(graph.store());
        Profiles profiles = new Profiles(runner);
        Listings listings = new Listings(runner);
        EntityPages entities = new EntityPages(graph, profiles, picture == null ? null : picture::svg);
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("", new HomePage(graph, listings).page());
        pages.put("class", new ClassPage(listings).page());
        pages.put("id", entities.seeOther(""));
        pages.put("source", entities.seeOther("source/"));
        pages.put("graph", entities.seeOther("graph/"));
        pages.put("doc", entities.documents());
        pages.put("search", new SearchPage(graph).page());
        pages.put("query", new QueryPage(graph, policy).page());
        pages.put("ns", new OntologyPage(graph).page());
        pages.put("dumps", new Dumps(graph).page());
        pages.put(".well-known", new VoidDescription(graph).page());
        return pages;
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

    /** The port the server listens on. */
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

package org.aikg.shell.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;

/** What commands share: the streams, whether they are a terminal, and the store, opened on first use. */
public final class Session implements AutoCloseable {

    /** Options every command accepts. */
    public static final Set<String> GLOBAL_OPTIONS = Set.of("store", "endpoint", "user", "password", "timeout", "limit");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private StoreSpec spec;
    private boolean writesAllowed;
    private KnowledgeGraph graph;

    public Session(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.spec = StoreSpec.inMemory();
    }

    /** Chooses the store from --store, --endpoint, --user and --password (or AIKG_PASSWORD). */
    public void chooseStore(Invocation inv) {
        String store = inv.option("store");
        String endpoint = inv.option("endpoint");
        if (store != null && endpoint != null) {
            throw new AikgException(Kind.USAGE, "Give --store or --endpoint, not both");
        }
        StoreSpec chosen = spec;
        if (store != null) {
            chosen = new StoreSpec.Tdb2(Path.of(store));
        } else if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new AikgException(Kind.USAGE, "Endpoint '" + endpoint + "' is not a URL");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
                throw new AikgException(Kind.USAGE, "Endpoint '" + endpoint + "' is not an http or https URL");
            }
            String password = inv.option("password") != null ? inv.option("password") : System.getenv("AIKG_PASSWORD");
            chosen = new StoreSpec.Remote(uri, inv.option("user"), password);
        }
        if (!chosen.equals(spec)) {
            if (graph != null) {
                graph.close();
                graph = null;
            }
            spec = chosen;
        }
    }

    /** Whether SPARQL updates may run: always in the interactive shell, with --allow-update otherwise. */
    public boolean writesAllowed() {
        return writesAllowed;
    }

    public void allowWrites(boolean allowed) {
        this.writesAllowed = allowed;
    }

    /** The open knowledge graph, opening the chosen store on first use. */
    public KnowledgeGraph graph() {
        if (graph == null) {
            graph = KnowledgeGraph.open(spec);
        }
        return graph;
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Whether stdout is a terminal: tables and counts for people, plain data for pipes. */
    public boolean terminal() {
        return terminal;
    }

    @Override
    public void close() {
        if (graph != null) {
            graph.close();
            graph = null;
        }
    }
}

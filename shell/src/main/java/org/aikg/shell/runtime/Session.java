package org.aikg.shell.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;
import org.aikg.core.policy.QueryPolicy;

/** What commands share: the streams, whether they are a terminal, the open store and the settings of this command. */
public final class Session implements AutoCloseable {

    /** The deadline, row cap and permissions a command runs with. */
    public record Settings(Duration timeout, long limit, boolean writesAllowed, boolean allowUpdateGiven, boolean debug) {

        static final Settings DEFAULT = new Settings(QueryPolicy.DEFAULT_TIMEOUT, QueryPolicy.DEFAULT_ROW_LIMIT, false, false, false);

        Settings with(GlobalOptions options) {
            return new Settings(options.timeout != null ? options.timeout : timeout,
                    options.limit != null ? options.limit : limit,
                    writesAllowed || options.allowUpdate, allowUpdateGiven || options.allowUpdate, debug || options.debug);
        }
    }

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final boolean interactive;
    private StoreSpec spec = StoreSpec.inMemory();
    private KnowledgeGraph graph;
    private Settings defaults = Settings.DEFAULT;
    private Settings current = Settings.DEFAULT;
    private volatile Runnable onCancel = () -> {};

    /** A session on these streams; interactive sessions (the prompt) allow updates and show carets under errors. */
    public Session(InputStream in, PrintStream out, PrintStream err, boolean terminal, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.interactive = interactive;
        if (interactive) {
            defaults = new Settings(defaults.timeout(), defaults.limit(), true, false, false);
            current = defaults;
        }
    }

    /** A session that works on an already open graph (tests, embedding). */
    public Session(KnowledgeGraph graph, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this(in, out, err, terminal, false);
        this.graph = graph;
    }

    /** Switches to another store; the open one is closed. */
    synchronized void choose(StoreSpec chosen) {
        if (!chosen.equals(spec)) {
            close();
            spec = chosen;
        }
    }

    /** The settings every command of this session starts from (the options given before a script, say). */
    void defaults(Settings settings) {
        defaults = settings;
        current = settings;
    }

    Settings defaults() {
        return defaults;
    }

    /** The settings of the command running now. */
    void current(Settings settings) {
        current = settings;
        onCancel = () -> {};
    }

    /** The open knowledge graph, opening the chosen store on first use. */
    public synchronized KnowledgeGraph graph() {
        if (graph == null) {
            graph = KnowledgeGraph.open(spec);
        }
        return graph;
    }

    /** The deadline and row cap of the command running now. */
    public QueryPolicy policy() {
        return new QueryPolicy(current.timeout(), current.limit());
    }

    /** What Ctrl-C at the prompt should stop besides running queries (a server, say), while the current command runs. */
    public void onCancel(Runnable action) {
        onCancel = action;
    }

    /** Stops what the current command runs: its queries, and what it registered. */
    void cancel() {
        if (graph != null) {
            graph.cancelRunning();
        }
        onCancel.run();
    }

    /** Whether SPARQL updates may run: always at the prompt, with --allow-update otherwise. */
    public boolean writesAllowed() {
        return current.writesAllowed();
    }

    /** Whether --allow-update was given explicitly (the server opens its update endpoint only then). */
    public boolean allowUpdateGiven() {
        return current.allowUpdateGiven();
    }

    public boolean debug() {
        return current.debug();
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

    /** Whether this is the interactive prompt. */
    public boolean interactive() {
        return interactive;
    }

    /** Opens the store on a background thread, so that a prompt can show before the bundled graph is loaded. */
    public void openInBackground() {
        Thread.ofPlatform().name("aikg-open").daemon().start(() -> {
            try {
                graph();
            } catch (RuntimeException e) {
                // the first command that needs the store reports why it cannot be opened
            }
        });
    }

    @Override
    public synchronized void close() {
        if (graph != null) {
            graph.close();
            graph = null;
        }
    }
}

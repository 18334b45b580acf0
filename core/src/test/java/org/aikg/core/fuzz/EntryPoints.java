package org.aikg.core.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.format.FormatChoice;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.load.Progress;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.tabular.Mappings;
import org.apache.jena.atlas.lib.EscapeStr;
import org.apache.jena.http.HttpEnv;

/**
 * The fuzzed entry points of the facade, each fed raw bytes: a query (with parameters), an update, an RDF file in each
 * syntax, a CSV table through a mapping, and a mapping's own text. Each call holds the {@link Contract} and returns
 * the refusal, or null on success; a refused update or import must leave the store as it was. The store is the bundled
 * graph in memory, opened on first use and kept for the whole run: queries are safe to repeat, and what updates and
 * imports add or remove stays.
 */
final class EntryPoints implements AutoCloseable {

    /** The deadline of every query and update: short, so that runaway work ends as a TIMEOUT, not a hang. */
    static final Duration DEADLINE = Duration.ofMillis(200);

    /** The row cap of every query. */
    static final long ROW_CAP = 1000;

    private static final Pattern PARAMETER = Pattern.compile("(?m)^#\\s*@param\\s+(\\S+)\\s+\\S+\\s+(\\S+)");
    private static final OutputFormat[] ROW_FORMATS = {OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.TSV,
            OutputFormat.JSON, OutputFormat.XML};
    private static final OutputFormat[] GRAPH_FORMATS = {OutputFormat.TURTLE, OutputFormat.NTRIPLES,
            OutputFormat.NQUADS, OutputFormat.TRIG, OutputFormat.JSONLD, OutputFormat.RDFXML};

    private static EntryPoints shared;

    private final Path dir;
    private KnowledgeGraph store;
    private Fingerprint written;

    private EntryPoints() {
        try {
            dir = Files.createTempDirectory("aikg-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offline();
    }

    /** The entry points of this JVM, opened on first use and closed when it exits: every fuzz test uses them. */
    static synchronized EntryPoints shared() {
        if (shared == null) {
            shared = new EntryPoints();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * Sends every HTTP request of this JVM (an update's {@code LOAD <http://...>}) to a closed port on loopback, so
     * that a fuzz run never reaches the network and a LOAD fails at once.
     */
    private static void offline() {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpEnv.setDftHttpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .proxy(ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), closed))).build());
    }

    /**
     * Runs the bytes as a SPARQL query. Lines {@code # @param NAME TYPE VALUE}, as in the named queries, bind NAME to
     * VALUE (Java-style escapes allowed); the output format follows from the bytes, one for rows and one for graphs.
     */
    AikgException query(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int pick = Math.floorMod(Arrays.hashCode(input), ROW_FORMATS.length * GRAPH_FORMATS.length);
        FormatChoice formats = new FormatChoice(ROW_FORMATS[pick % ROW_FORMATS.length],
                GRAPH_FORMATS[pick / ROW_FORMATS.length]);
        QueryRequest request = new QueryRequest(text, parameters(text), DEADLINE, ROW_CAP);
        return Contract.refusalOf(() -> store().query(request, formats, OutputStream.nullOutputStream()));
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            params.put(m.group(1), unescape(m.group(2)));
        }
        return params;
    }

    private static String unescape(String value) {
        try {
            return EscapeStr.unescapeStr(value);
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** Runs the bytes as a SPARQL update; a refused one must change nothing. */
    AikgException update(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return write("update", () -> store().update(text, new QueryPolicy(DEADLINE, ROW_CAP)));
    }

    /**
     * Imports the bytes as an RDF file in the syntax (named .gz when they start like gzip, as the importer reads gzip by
     * name); a refused import must change nothing.
     */
    AikgException load(byte[] input, Syntax syntax) {
        boolean gzip = input.length >= 2 && input[0] == (byte) 0x1f && input[1] == (byte) 0x8b;
        Path file = file("input." + syntax.extension() + (gzip ? ".gz" : ""), input);
        return write(syntax.name() + " import", () -> store().load(file, syntax.option(), null, Progress.NONE));
    }

    /** Imports the bytes as a CSV table through the mapping (a shipped name or a file); refused, it changes nothing. */
    AikgException loadTable(byte[] csv, String mapping) {
        Path file = file("input.csv", csv);
        return write("table import", () -> store().loadTable(file, mapping, null, Progress.NONE));
    }

    /** Reads the bytes as a mapping file. */
    AikgException mapping(byte[] input) {
        Path file = file("mapping.rq", input);
        return Contract.refusalOf(() -> Mappings.resolve(file.toString()));
    }

    private AikgException write(String what, Runnable work) {
        if (written == null) {
            written = Fingerprint.of(store());
        }
        AikgException refusal = Contract.refusalOf(work);
        Fingerprint now = Fingerprint.of(store());
        if (refusal != null && !now.equals(written)) {
            throw new AssertionError("a refused " + what + " changed the store (" + written + " before, " + now
                    + " after): " + refusal.getMessage(), refusal);
        }
        written = now;
        return refusal;
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KnowledgeGraph store() {
        if (store == null) {
            store = KnowledgeGraph.inMemory();
        }
        return store;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

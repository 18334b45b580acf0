package org.aikg.shell.e2e;

import static org.aikg.shell.server.Clients.body;
import static org.aikg.shell.server.Clients.curl;
import static org.aikg.shell.server.Clients.python;
import static org.aikg.shell.server.Clients.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.load.Progress;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.profile.ProfileText;
import org.aikg.core.profile.Profiles;
import org.aikg.core.query.QueryRunner;
import org.aikg.shell.command.AikgCommands;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.Session;
import org.aikg.shell.server.Clients;
import org.aikg.shell.server.LinkedDataServer;
import org.aikg.shell.server.LinkedDataServer.Settings;
import org.aikg.shell.server.Limits;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started in this process on an ephemeral loopback port, checked with real clients: curl, Python's rdflib
 * and SPARQLWrapper, headless Chromium. Expected figures come from the bundled TriG files read by rdflib.
 */
class ServerIT {

    private static final Duration TIMEOUT = QueryPolicy.DEFAULT_TIMEOUT;
    private static final long ROWS = QueryPolicy.DEFAULT_ROW_LIMIT;

    private static KnowledgeGraph bundled;
    private static LinkedDataServer shared;

    @TempDir
    Path tmp;

    private final List<AutoCloseable> opened = new ArrayList<>();

    record Server(String host, int port) {
        String url(String path) {
            return "http://" + host + ":" + port + path;
        }
    }

    @BeforeAll
    static void startShared() {
        bundled = KnowledgeGraph.inMemory();
        // The shared server serves the article's sources, which rdflib reads from the TriG files on its own; the
        // Epoch graph is mapped from a CSV, so its pages are checked against the CSV in core's profile tests.
        bundled.update("DROP GRAPH <https://w3id.org/aikg/source/epoch-notable-ai-models>");
        shared = LinkedDataServer.start(bundled, new Settings(null, 0, TIMEOUT, ROWS, null, null));
    }

    @AfterAll
    static void stopShared() {
        shared.close();
        bundled.close();
    }

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    private static Server shared() {
        return new Server("127.0.0.1", shared.port());
    }

    /** A server of its own on the bundled graph, closed after the test. */
    private Server serve(Settings settings) {
        KnowledgeGraph graph = KnowledgeGraph.inMemory();
        opened.add(graph);
        return serve(graph, settings);
    }

    private Server serve(KnowledgeGraph graph, Settings settings) {
        LinkedDataServer server = LinkedDataServer.start(graph, settings);
        opened.add(server);
        return new Server(settings.host() == null ? "127.0.0.1" : settings.host(), server.port());
    }

    /** Counts from the bundled TriG files, by rdflib: how many quads, and the triples of one graph. */
    private String rdflib(String script) {
        List<Path> files = Clients.bundle(tmp);
        String paths = files.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        return python("", """
                import rdflib
                files = [%s]
                d = rdflib.Dataset(default_union=True)
                for f in files:
                    if f.endswith(".trig"):
                        d.parse(f, format="trig")
                onto = rdflib.Graph()
                onto.parse(files[-1], format="turtle")
                %s
                """.formatted(paths, script));
    }

    @Test
    void entityIrisAnswer303ToTheRepresentationAskedFor() {
        Server s = shared();
        String browser = curl("-H", "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", s.url("/id/deepseek-v3"));
        assertThat(status(browser)).isEqualTo("303");
        assertThat(browser).containsPattern("(?i)location: \\S*/doc/deepseek-v3\\.html");
        assertThat(curl("-H", "Accept: text/turtle", s.url("/id/deepseek-v3"))).containsPattern("(?i)location: \\S*/doc/deepseek-v3\\.ttl");
        assertThat(curl("-H", "Accept: application/ld+json", s.url("/id/deepseek-v3"))).containsPattern("(?i)location: \\S*\\.jsonld");
        assertThat(curl("-H", "Accept: application/rdf+xml", s.url("/id/deepseek-v3"))).containsPattern("(?i)location: \\S*\\.rdf");
        assertThat(curl(s.url("/id/deepseek-v3?format=nt"))).containsPattern("(?i)location: \\S*\\.nt");
        assertThat(status(curl("-H", "Accept: image/png", s.url("/id/deepseek-v3")))).isEqualTo("406");
        String missing = curl(s.url("/id/no-such-model"));
        assertThat(status(missing)).isEqualTo("404");
        assertThat(missing).contains("<h1>Not found</h1>");
        assertThat(body(s.url("/id/deepseek-v3"), "text/html")).contains("<h1>DeepSeek-V3</h1>", "DeepSeek-V3 Technical Report",
                "671000000000", "685000000000", "href=\"/doc/deepseek-v3.ttl\"");
    }

    @Test
    void everyRdfResponseParsesWithRdflib() {
        Server s = shared();
        String[][] documents = {
                {"/doc/deepseek-v3.ttl", "turtle"}, {"/doc/deepseek-v3.nt", "nt"},
                {"/doc/deepseek-v3.rdf", "xml"}, {"/.well-known/void", "turtle"}, {"/dumps/aikg.ttl", "turtle"},
                {"/aikg/sparql", "turtle"}, {"/ns?format=ttl", "turtle"}};
        for (String[] doc : documents) {
            String count = python(body(s.url(doc[0]), null),
                    "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='" + doc[1] + "'); print(len(g))");
            assertThat(Integer.parseInt(count)).as(doc[0]).isPositive();
        }
        for (String[] quads : new String[][] {{"/doc/deepseek-v3.trig", "trig"}, {"/doc/deepseek-v3.nq", "nquads"}}) {
            String count = python(body(s.url(quads[0]), null),
                    "import rdflib, sys; d = rdflib.Dataset(); d.parse(data=sys.stdin.read(), format='" + quads[1]
                            + "'); print(len(list(d.quads((None, None, None, None)))))");
            assertThat(Integer.parseInt(count)).as(quads[0]).isGreaterThan(10);
        }
        String statements = rdflib("print(len(list(d.quads((None, None, None, None)))) + len(onto))");
        String voidCounts = python(body(s.url("/.well-known/void"), "text/turtle"), """
                import rdflib, sys
                g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format="turtle")
                VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
                ds = [d for d in g.subjects(VOID.sparqlEndpoint, None)][0]
                print(g.value(ds, VOID.triples), len(list(g.objects(ds, VOID.dataDump))))
                """);
        assertThat(voidCounts).isEqualTo(statements + " 2");
        String lines = Clients.run(null, List.of("bash", "-c", Clients.tool("curl") + " -s -f " + s.url("/dumps/aikg.nq.gz") + " | gunzip | wc -l"));
        assertThat(lines.strip()).isEqualTo(statements);
    }

    @Test
    void everySyntaxOfADocumentCarriesTheSameDefaultGraphAndTheDatasetKeepsOneGraphPerSource() {
        Server s = shared();
        String report = python("", """
                import rdflib, urllib.request
                from rdflib.compare import isomorphic
                def get(path):
                    with urllib.request.urlopen("%s" + path) as r:
                        return r.read().decode("utf-8")
                graphs = {}
                for ext, fmt in [("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml"), ("jsonld", "json-ld")]:
                    g = rdflib.Graph()
                    g.parse(data=get("/doc/deepseek-v3." + ext), format=fmt)
                    graphs[ext] = g
                ref = graphs["ttl"]
                name = (rdflib.URIRef("https://w3id.org/aikg/id/deepseek-v3"), rdflib.URIRef("https://schema.org/name"), rdflib.Literal("DeepSeek-V3"))
                for ext, g in graphs.items():
                    print(ext, len(g) == len(ref), isomorphic(g, ref), name in g)
                for ext, fmt in [("trig", "trig"), ("nq", "nquads")]:
                    d = rdflib.Dataset()
                    d.parse(data=get("/doc/deepseek-v3." + ext), format=fmt)
                    union = rdflib.Graph()
                    named = set()
                    for q in d.quads((None, None, None, None)):
                        union.add(q[:3])
                        named.add(q[3])
                    print(ext, isomorphic(union, ref), len(named) > 1)
                """.formatted(s.url("")));
        assertThat(report.lines().toList()).containsExactly("ttl True True True", "nt True True True", "rdf True True True",
                "jsonld True True True", "trig True True", "nq True True");
        assertThat(curl(s.url("/doc/deepseek-v3.jsonld"))).containsPattern("(?i)link: </doc/deepseek-v3\\.trig>; rel=\"alternate\"");
        assertThat(body(s.url("/doc/deepseek-v3.html"), null)).contains("href=\"/doc/deepseek-v3.trig\"", "one named graph per source");
    }

    @Test
    void theGraphStoreProtocolReadsOneSourceGraph() {
        Server s = shared();
        String expected = rdflib("print(len(d.graph(rdflib.URIRef('https://w3id.org/aikg/source/llama-3-1-model-card'))))");
        String turtle = body(s.url("/aikg/get?graph=https%3A%2F%2Fw3id.org%2Faikg%2Fsource%2Fllama-3-1-model-card"), "text/turtle");
        assertThat(python(turtle, "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle'); print(len(g))"))
                .isEqualTo(expected);
    }

    @Test
    void sparqlWrapperQueriesTheEndpoint() {
        String answer = python("", """
                from SPARQLWrapper import SPARQLWrapper, JSON
                w = SPARQLWrapper("%s")
                w.setQuery("SELECT ?name WHERE { <https://w3id.org/aikg/id/deepseek-r1> <https://schema.org/name> ?name }")
                w.setReturnFormat(JSON)
                print(w.query().convert()["results"]["bindings"][0]["name"]["value"])
                """.formatted(shared().url("/aikg/sparql")));
        assertThat(answer).isEqualTo("DeepSeek-R1");
    }

    @Test
    void chromiumRendersTheDeepSeekV3PageWithItsProfileFirst() throws IOException {
        Server s = shared();
        Path png = Clients.screenshot(s.url("/id/deepseek-v3"), tmp.resolve("deepseek-v3.png"), 1600, tmp.resolve("chromium-1"));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Path kept = Path.of("target", "screenshots", "deepseek-v3.png");
        Files.createDirectories(kept.getParent());
        Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String html = Clients.dom(s.url("/id/deepseek-v3"), tmp.resolve("chromium-2"));
        assertThat(html).contains("<h1>DeepSeek-V3</h1>", "Linked from");
        String figures = rdflib("""
                AIKG = rdflib.Namespace("https://w3id.org/aikg/ns#")
                QUDT = rdflib.Namespace("http://qudt.org/schema/qudt/")
                PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
                model = rdflib.URIRef("https://w3id.org/aikg/id/deepseek-v3")
                params = sorted({int(d.value(b, QUDT.numericValue)) for b in d.objects(model, AIKG.parameterCount)})
                run = next(d.subjects(PROV.generated, model))
                hours = {int(d.value(b, QUDT.numericValue)) for b in d.objects(run, AIKG.gpuHours)}
                print(*params, *hours)
                """);
        assertThat(figures).isEqualTo("671000000000 685000000000 2788000");
        String[] f = figures.split(" ");
        String larger = Long.parseLong(f[1]) / 1_000_000_000 + " billion parameters";
        String smaller = Long.parseLong(f[0]) / 1_000_000_000 + " billion parameters";
        String hours = new java.math.BigDecimal(f[2]).movePointLeft(6).stripTrailingZeros().toPlainString() + " million GPU-hours";
        assertThat(html.indexOf(larger + " (checkpoint parameters; rounded)")).isPositive()
                .isLessThan(html.indexOf("id=\"statements\""));
        // The two counts are no disagreement: the sources define them differently, and the page says how.
        assertThat(html).contains(smaller + " (main-model parameters; rounded)", hours);
    }

    @Test
    void theProfilePageShowsTheSameContentAsTheTerminal() {
        for (String name : List.of("deepseek-v3", "nvidia", "jim-zemlin")) {
            String dom = Clients.dom(shared().url("/doc/" + name + ".html"), tmp.resolve("chromium-" + name));
            String page = python(dom, """
                    import sys
                    from html.parser import HTMLParser
                    class Text(HTMLParser):
                        def __init__(self):
                            super().__init__()
                            self.inside = 0
                            self.skipping = []
                            self.parts = []
                        def handle_starttag(self, tag, attrs):
                            a = dict(attrs)
                            if tag == "article":
                                self.inside += 1
                            if tag in ("thead", "figure") or (tag == "p" and a.get("class") == "formats"):
                                self.skipping.append(tag)
                        def handle_endtag(self, tag):
                            if tag == "article":
                                self.inside -= 1
                            if self.skipping and self.skipping[-1] == tag:
                                self.skipping.pop()
                        def handle_data(self, data):
                            if self.inside and not self.skipping:
                                self.parts.append(data)
                    t = Text()
                    t.feed(sys.stdin.read())
                    print(" ".join(t.parts))
                    """);
            String terminal = ProfileText.full(new Profiles(new QueryRunner(bundled.store()))
                    .of(NodeFactory.createURI("https://w3id.org/aikg/id/" + name)));
            assertThat(words(page)).as(name).isEqualTo(words(terminal));
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void theDefaultServerIsReadOnlyRefusesServiceHasNoCorsAndCapsRows() {
        Server s = serve(new Settings(null, 0, TIMEOUT, 5, null, null));
        assertThat(status(curl("-X", "POST", "--data-urlencode", "update=INSERT DATA { <a:b> <a:c> <a:d> }", s.url("/aikg/update"))))
                .isIn("404", "405");
        assertThat(status(curl("-X", "POST", "-H", "Content-Type: application/sparql-update",
                "--data-binary", "INSERT DATA { <a:b> <a:c> <a:d> }", s.url("/aikg")))).isIn("404", "405");
        String service = curl("-G", "--data-urlencode", "query=SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", s.url("/aikg/sparql"));
        assertThat(status(service)).isEqualTo("400");
        assertThat(service).contains("SERVICE is refused");
        String cors = curl("-H", "Origin: http://evil.example", s.url("/aikg/sparql?query=ASK%7B%7D"));
        assertThat(cors.toLowerCase()).doesNotContain("access-control-allow-origin");
        String capped = body(s.url("/aikg/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D"), "text/csv");
        assertThat(capped.split("\r\n")).hasSize(6);
        for (String admin : List.of("/$/datasets", "/$/server", "/$/compact/aikg", "/$/stats")) {
            assertThat(status(curl(s.url(admin)))).as(admin).isIn("404", "405");
        }
    }

    @Test
    void updatesNeedThePasswordAndLocalLoadIsRefused() {
        Server s = serve(new Settings(null, 0, TIMEOUT, ROWS, "s3cret-pw", null));
        String insert = "update=INSERT DATA { GRAPH <https://w3id.org/aikg/source/web> { <https://w3id.org/aikg/id/openai> <https://schema.org/alternateName> \"OAI\" } }";
        assertThat(status(curl("-X", "POST", "--data-urlencode", insert, s.url("/aikg/update")))).isEqualTo("401");
        assertThat(status(curl("-u", "aikg:wrong", "-X", "POST", "--data-urlencode", insert, s.url("/aikg/update")))).isEqualTo("401");
        assertThat(status(curl("-u", "aikg:s3cret-pw", "-X", "POST", "--data-urlencode", insert, s.url("/aikg/update")))).startsWith("2");
        assertThat(body(s.url("/aikg/sparql?query=ASK%7B%3Chttps%3A%2F%2Fw3id.org%2Faikg%2Fid%2Fopenai%3E%20%3Fp%20%22OAI%22%7D"),
                "application/sparql-results+json")).contains("true");
        String load = curl("-u", "aikg:s3cret-pw", "-X", "POST", "--data-urlencode", "update=LOAD <file:///etc/passwd>", s.url("/aikg/update"));
        assertThat(status(load)).isEqualTo("403");
    }

    @Test
    void theQueryPolicyRefusalsReachHttpClientsWithTheirMessage() {
        Server s = serve(new Settings(null, 0, TIMEOUT, ROWS, "s3cret-pw", null));
        String viaForm = curl("-X", "POST", "--data-urlencode", "query=ASK { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", s.url("/aikg/sparql"));
        assertThat(status(viaForm)).isEqualTo("400");
        assertThat(viaForm).contains("SERVICE is refused: aikg queries only its own store");
        String serviceUpdate = curl("-u", "aikg:s3cret-pw", "-X", "POST", "-H", "Content-Type: application/sparql-update", "--data-binary",
                "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", s.url("/aikg/update"));
        assertThat(status(serviceUpdate)).isEqualTo("403");
        assertThat(serviceUpdate).contains("SERVICE is refused");
        String load = curl("-u", "aikg:s3cret-pw", "-X", "POST", "--data-urlencode", "update=LOAD <file:///etc/passwd>", s.url("/aikg/update"));
        assertThat(load).contains("LOAD <file:///etc/passwd> is refused: an update may load only http(s) addresses, never local files");
        for (String refusal : List.of(viaForm, serviceUpdate, load)) {
            assertThat(refusal).doesNotContain("--");
        }
        assertThat(body(s.url("/aikg/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Chttps%3A%2F%2Fexample.org%2Fnever%3E%7D"), "application/sparql-results+json"))
                .contains("false");
    }

    @Test
    void allowUpdateWithoutAPasswordIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        int exit = new Dispatcher(new AikgCommands(), session).main(new String[] {"--allow-update", "serve", "--port", "0"});
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aikg: --allow-update needs a password: --password P or AIKG_PASSWORD\n");
    }

    @Test
    void theServerListensOnLoopbackOnlyUnlessHostIsGiven() throws IOException {
        String address = nonLoopbackAddress();
        Server loopback = shared();
        assertThat(status(curl("--connect-timeout", "5", "http://" + address + ":" + loopback.port() + "/"))).isNotEqualTo("200");
        assertThat(status(curl(loopback.url("/")))).isEqualTo("200");
        Server exposed = serve(new Settings(address, 0, TIMEOUT, ROWS, null, null));
        assertThat(exposed.host()).isEqualTo(address);
        assertThat(status(curl("http://" + address + ":" + exposed.port() + "/"))).isEqualTo("200");
    }

    private static String nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return a.getHostAddress();
                    }
                }
            }
        }
        throw new AssertionError("this machine has no non-loopback IPv4 address to test binding with");
    }

    @Test
    void aSixtyFourMegabytePostIsRefusedWith413WithoutItsBodyBeingRead() throws IOException {
        Server s = shared();
        long size = 64L * 1024 * 1024;
        assertThat(size).isGreaterThan(Limits.DEFAULTS.maxBodyBytes());
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /aikg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
        Path big = tmp.resolve("big.rq");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(size);
        }
        for (String expect : List.of("Expect: 100-continue", "Expect:")) {
            assertThat(status(curl("-X", "POST", "-H", expect, "-H", "Content-Type: application/sparql-query",
                    "--data-binary", "@" + big, s.url("/aikg/sparql")))).as(expect).isEqualTo("413");
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    @Test
    void aHugeRequestHeaderIsRefusedWith431() {
        String huge = "X-Padding: " + "a".repeat(Limits.DEFAULTS.maxHeaderBytes() + 10_000);
        Path config = tmp.resolve("headers.txt");
        try {
            Files.writeString(config, "header = \"" + huge + "\"\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(status(curl("-K", config.toString(), shared().url("/")))).isEqualTo("431");
        assertThat(status(curl(shared().url("/")))).isEqualTo("200");
    }

    @Test
    void aSilentClientIsDisconnectedAfterTheIdleTimeout() throws IOException {
        Server s = serve(new Settings(null, 0, TIMEOUT, ROWS, null, null,
                new Limits(64 * 1024, 1024 * 1024, 16, 8, Duration.ofSeconds(1))));
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String answer;
            try {
                answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a silent connection open for a minute", e);
            }
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 408"));
        }
        assertThat(status(curl(s.url("/")))).isEqualTo("200");
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyWithoutScriptAndNoSniffing() {
        Server s = shared();
        for (String path : List.of("/", "/id/deepseek-v3", "/doc/deepseek-v3.html", "/doc/deepseek-v3.ttl", "/class/aikg:AIModel",
                "/search?q=deep", "/query", "/ns", "/id/no-such-thing", "/.well-known/void", "/aikg/sparql?query=ASK%7B%7D")) {
            String answer = curl(s.url(path)).toLowerCase();
            assertThat(answer).as(path).containsPattern("content-security-policy: [^\\r\\n]*script-src 'none'")
                    .containsPattern("content-security-policy: [^\\r\\n]*default-src 'none'")
                    .contains("x-content-type-options: nosniff");
        }
    }

    @Test
    void aJavascriptIriIsShownAsTextNeverAsALinkAndNamesAreEscaped() throws IOException {
        Path file = tmp.resolve("hostile.trig");
        Files.writeString(file, """
                @prefix id: <https://w3id.org/aikg/id/> .
                @prefix schema: <https://schema.org/> .
                @prefix aikg: <https://w3id.org/aikg/ns#> .
                <https://w3id.org/aikg/source/hostile-test> {
                    id:hostile-model a aikg:AIModel ;
                        schema:name "Hostile <script>alert(1)</script> model" ;
                        schema:creator id:deepseek ;
                        schema:url <javascript:alert(1)> ;
                        schema:codeRepository <https://example.org/safe> .
                }
                """);
        KnowledgeGraph graph = KnowledgeGraph.inMemory();
        opened.add(graph);
        graph.load(file, null, null, Progress.NONE);
        Server s = serve(graph, new Settings(null, 0, TIMEOUT, ROWS, null, null));
        String page = body(s.url("/doc/hostile-model.html"), null);
        assertThat(page).contains("javascript:alert(1)", "href=\"https://example.org/safe\"", "Hostile &lt;script&gt;alert(1)&lt;/script&gt; model")
                .doesNotContainPattern("(?i)href=\"\\s*javascript:")
                .doesNotContain("<script>");
        String dom = Clients.dom(s.url("/doc/hostile-model.html"), tmp.resolve("chromium"));
        assertThat(dom).doesNotContainPattern("(?i)href=\"\\s*javascript:").doesNotContain("<script>");
    }

    @Test
    void classPagesPageThroughTheModelsAndTheirFacetsFilter() {
        Server s = shared();
        String counts = rdflib("""
                AIKG = rdflib.Namespace("https://w3id.org/aikg/ns#")
                SCHEMA = rdflib.Namespace("https://schema.org/")
                models = set(d.subjects(rdflib.RDF.type, AIKG.AIModel))
                by = {m for m in models if (m, SCHEMA.creator, rdflib.URIRef("https://w3id.org/aikg/id/deepseek")) in d}
                print(len(models), len(by))
                """);
        int models = Integer.parseInt(counts.split(" ")[0]);
        int byDeepSeek = Integer.parseInt(counts.split(" ")[1]);
        int pages = (models + 1) / 2;
        String first = body(s.url("/class/aikg:AIModel?size=2"), null);
        assertThat(first).contains(models + " in all", "page 1 of " + pages, "rel=\"next\" href=\"/class/aikg:AIModel?page=2&amp;size=2\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(rows(first)).isEqualTo(2);
        String last = body(s.url("/class/aikg:AIModel?size=2&page=" + pages), null);
        assertThat(rows(last)).isEqualTo(models - 2 * (pages - 1));
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        String all = body(s.url("/class/aikg:AIModel"), null);
        Matcher facet = Pattern.compile("href=\"(/class/aikg:AIModel\\?organization=id%3Adeepseek)\">DeepSeek</a> <span class=\"count\">(\\d+)</span>").matcher(all);
        assertThat(facet.find()).as("a DeepSeek facet link").isTrue();
        assertThat(Integer.parseInt(facet.group(2))).isEqualTo(byDeepSeek);
        String filtered = body(s.url(facet.group(1)), null);
        assertThat(rows(filtered)).isEqualTo(byDeepSeek);
        assertThat(filtered).contains(byDeepSeek + " in all", "organization: id:deepseek");
        assertThat(status(curl(s.url("/class/aikg:AIModel?page=zero")))).isEqualTo("400");
        assertThat(status(curl(s.url("/class/aikg:NoSuchClass")))).isEqualTo("404");
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    @Test
    void anEntityThatDoesNotExistGets404WithTheClosestNames() {
        String answer = curl(shared().url("/id/deepseek-v4"));
        assertThat(status(answer)).isEqualTo("404");
        assertThat(answer).contains("aikg knows nothing called id:deepseek-v4", "Did you mean",
                "<a href=\"/id/deepseek-v3\">DeepSeek-V3</a>");
        String document = curl(shared().url("/doc/nvidai.html"));
        assertThat(status(document)).isEqualTo("404");
        assertThat(document).contains("<a href=\"/id/nvidia\">Nvidia</a>");
    }

    @Test
    void anEntityPageShowsTheNeighbourhoodPictureWhenAPictureRendererIsGiven() {
        String plain = body(shared().url("/doc/deepseek-v3.html"), null);
        assertThat(plain).doesNotContain("id=\"neighbourhood\"");
        assertThat(status(curl(shared().url("/doc/deepseek-v3.svg")))).isEqualTo("404");
        KnowledgeGraph graph = KnowledgeGraph.inMemory();
        opened.add(graph);
        LinkedDataServer server = LinkedDataServer.start(graph, new Settings(null, 0, TIMEOUT, ROWS, null, null),
                entity -> "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>" + entity.getURI() + "</title></svg>");
        opened.add(server);
        Server s = new Server("127.0.0.1", server.port());
        assertThat(body(s.url("/doc/deepseek-v3.html"), null)).contains("<img src=\"/doc/deepseek-v3.svg\"");
        String svg = curl(s.url("/doc/deepseek-v3.svg"));
        assertThat(status(svg)).isEqualTo("200");
        assertThat(svg).containsPattern("(?i)content-type: image/svg\\+xml").contains("<title>https://w3id.org/aikg/id/deepseek-v3</title>");
        assertThat(status(curl(s.url("/doc/no-such-model.svg")))).isEqualTo("404");
    }

    @Test
    void aSourceHasItsOwnPageAndDocuments() {
        Server s = shared();
        assertThat(curl(s.url("/source/computerworld-ai-bust"))).containsPattern("(?i)location: \\S*/doc/source/computerworld-ai-bust\\.html");
        String page = body(s.url("/source/computerworld-ai-bust"), null);
        assertThat(page).contains("<h1>The AI bust is here</h1>", "src:computerworld-ai-bust", "Entities it describes", "statements in this source");
        String turtle = body(s.url("/doc/source/computerworld-ai-bust.ttl"), null);
        assertThat(python(turtle, "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle');"
                + " print(g.value(rdflib.URIRef('https://w3id.org/aikg/source/computerworld-ai-bust'), rdflib.URIRef('http://purl.org/dc/terms/title')))"))
                .isEqualTo("The AI bust is here");
    }
}

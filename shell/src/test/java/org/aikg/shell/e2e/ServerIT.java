package org.aikg.shell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts `aikg serve` as a process on an ephemeral loopback port and checks it with real clients. */
class ServerIT {

    private static final Pattern STARTED = Pattern.compile("at http://([^:/]+):(\\d+)/");

    @TempDir
    Path tmp;

    private final List<Process> servers = new ArrayList<>();

    record Server(String host, int port) {
        String url(String path) {
            return "http://" + host + ":" + port + path;
        }
    }

    private Server serve(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", System.getProperty("aikg.jar", "target/aikg.jar")));
        command.addAll(List.of(args));
        command.addAll(List.of("serve", "--port", "0"));
        Process process = new ProcessBuilder(command).redirectOutput(tmp.resolve("server.out").toFile()).start();
        servers.add(process);
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> err.lines().forEach(l -> {}));
                return new Server(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        throw new AssertionError("the server did not start; exit " + process.waitFor());
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : servers) {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** curl's answer: the status, then headers and body as curl prints them with -i. */
    private static String curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-i", "--max-time", "60"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static String status(String curlOutput) {
        return curlOutput.lines().findFirst().orElse("").replaceAll("^HTTP/[\\d.]+ (\\d+).*$", "$1");
    }

    private static String body(String url, String accept) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-f", "-L", "--max-time", "60"));
        if (accept != null) {
            command.addAll(List.of("-H", "Accept: " + accept));
        }
        command.add(url);
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("curl %s", url).isZero();
        return out;
    }

    @Test
    void entityIrisAnswer303ToTheRepresentationAskedFor() throws Exception {
        Server s = serve();
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
    void everyRdfResponseParsesWithRdflib() throws Exception {
        Server s = serve();
        String[][] documents = {
                {"/doc/deepseek-v3.ttl", "turtle"}, {"/doc/deepseek-v3.nt", "nt"},
                {"/doc/deepseek-v3.rdf", "xml"}, {"/.well-known/void", "turtle"}, {"/dumps/aikg.ttl", "turtle"},
                {"/aikg/sparql", "turtle"}, {"/ns?format=ttl", "turtle"}};
        for (String[] doc : documents) {
            String count = OneShotIT.python(body(s.url(doc[0]), null),
                    "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='" + doc[1] + "'); print(len(g))");
            assertThat(Integer.parseInt(count)).as(doc[0]).isPositive();
        }
        for (String[] quads : new String[][] {{"/doc/deepseek-v3.trig", "trig"}, {"/doc/deepseek-v3.nq", "nquads"},
                {"/doc/deepseek-v3.jsonld", "json-ld"}}) {
            String count = OneShotIT.python(body(s.url(quads[0]), null),
                    "import rdflib, sys; d = rdflib.Dataset(); d.parse(data=sys.stdin.read(), format='" + quads[1]
                            + "'); print(len(list(d.quads((None, None, None, None)))))");
            assertThat(Integer.parseInt(count)).as(quads[0]).isGreaterThan(10);
        }
        String voidCounts = OneShotIT.python(body(s.url("/.well-known/void"), "text/turtle"), """
                import rdflib, sys
                g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format="turtle")
                VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
                ds = [d for d in g.subjects(VOID.sparqlEndpoint, None)][0]
                print(g.value(ds, VOID.triples), len(list(g.objects(ds, VOID.dataDump))))
                """);
        assertThat(voidCounts).isEqualTo("1000 2");
        Process gz = new ProcessBuilder("bash", "-c", "curl -s -f " + s.url("/dumps/aikg.nq.gz") + " | gunzip | wc -l").start();
        assertThat(new String(gz.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("1000");
    }

    @Test
    void theGraphStoreProtocolReadsOneSourceGraph() throws Exception {
        Server s = serve();
        String turtle = body(s.url("/aikg/get?graph=https%3A%2F%2Fw3id.org%2Faikg%2Fsource%2Fllama-3-1-model-card"), "text/turtle");
        assertThat(OneShotIT.python(turtle,
                "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle'); print(len(g))")).isEqualTo("23");
    }

    @Test
    void sparqlWrapperQueriesTheEndpoint() throws Exception {
        Server s = serve();
        String answer = OneShotIT.python("", """
                from SPARQLWrapper import SPARQLWrapper, JSON
                w = SPARQLWrapper("%s")
                w.setQuery("SELECT ?name WHERE { <https://w3id.org/aikg/id/deepseek-r1> <https://schema.org/name> ?name }")
                w.setReturnFormat(JSON)
                print(w.query().convert()["results"]["bindings"][0]["name"]["value"])
                """.formatted(s.url("/aikg/sparql")));
        assertThat(answer).isEqualTo("DeepSeek-R1");
    }

    @Test
    void chromiumRendersTheDeepSeekV3Page() throws Exception {
        Server s = serve();
        Path png = tmp.resolve("deepseek-v3.png");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile"), "--window-size=1280,1600",
                "--screenshot=" + png, s.url("/id/deepseek-v3")).redirectErrorStream(true).start();
        chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Process dom = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile-2"), "--dump-dom", s.url("/id/deepseek-v3")).start();
        String html = new String(dom.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dom.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(html).contains("<h1>DeepSeek-V3</h1>", "Linked from");
    }

    @Test
    void theDefaultServerIsReadOnlyRefusesServiceHasNoCorsAndCapsRows() throws Exception {
        Server s = serve("--limit", "5");
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
    void updatesNeedThePasswordAndLocalLoadIsRefused() throws Exception {
        Server s = serve("--allow-update", "--password", "s3cret-pw");
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
    void allowUpdateWithoutAPasswordIsAUsageError() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                System.getProperty("aikg.jar", "target/aikg.jar"), "--allow-update", "serve", "--port", "0").start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("aikg: --allow-update needs a password: --password P or AIKG_PASSWORD\n");
    }

    @Test
    void theServerListensOnLoopbackOnlyUnlessHostIsGiven() throws Exception {
        String address = nonLoopbackAddress();
        Server loopback = serve();
        assertThat(status(curl("--connect-timeout", "5", "http://" + address + ":" + loopback.port() + "/"))).isNotEqualTo("200");
        assertThat(status(curl(loopback.url("/")))).isEqualTo("200");
        Server exposed = serve("--host", address);
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
}

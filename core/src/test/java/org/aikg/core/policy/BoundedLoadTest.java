package org.aikg.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LOAD in an update reads http(s) only, up to the policy's number of bytes, from a real HTTP server on loopback. */
class BoundedLoadTest {

    private HttpServer server;
    private String address;

    @BeforeEach
    void serveATurtleFile() throws Exception {
        StringBuilder turtle = new StringBuilder("@prefix schema: <https://schema.org/> .\n");
        for (int i = 0; i < 200; i++) {
            turtle.append("<https://w3id.org/aikg/id/openai> schema:alternateName \"OpenAI alias ").append(i).append("\" .\n");
        }
        byte[] body = turtle.toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/names.ttl", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/names.ttl";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static long aliases(KnowledgeGraph graph) {
        return Long.parseLong(graph.select(QueryRequest.of("SELECT (COUNT(*) AS ?n) { id:openai schema:alternateName ?a }"))
                .get(0, "n").getLiteralLexicalForm());
    }

    @Test
    void aLoadLargerThanTheCapIsRefusedAndChangesNothing() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            long before = aliases(graph);
            AikgException refused = catchThrowableOfType(AikgException.class, () -> graph.update(
                    "LOAD <" + address + "> INTO GRAPH src:names", new QueryPolicy(Duration.ofSeconds(10), 0, 1000)));
            assertThat(refused.kind()).isEqualTo(AikgException.Kind.REFUSED);
            assertThat(refused.getMessage()).isEqualTo("LOAD <" + address + "> stopped: it is larger than 1000 bytes, "
                    + "the most an update may load; nothing was changed");
            assertThat(aliases(graph)).isEqualTo(before);
        }
    }

    @Test
    void aLoadWithinTheCapIsApplied() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            long before = aliases(graph);
            graph.update("LOAD <" + address + "> INTO GRAPH src:names", QueryPolicy.defaults());
            assertThat(aliases(graph)).isEqualTo(before + 200);
        }
    }

    @Test
    void aLoadOfALocalFileIsRefusedBeforeAnythingIsRead() {
        try (KnowledgeGraph graph = KnowledgeGraph.inMemory()) {
            AikgException refused = catchThrowableOfType(AikgException.class,
                    () -> graph.update("LOAD <file:///etc/passwd>", QueryPolicy.defaults()));
            assertThat(refused.kind()).isEqualTo(AikgException.Kind.REFUSED);
            assertThat(refused.getMessage()).startsWith("LOAD <file:///etc/passwd> is refused");
        }
    }
}

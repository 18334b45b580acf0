package org.aikg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.store.Bundle;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aikg against a real Fuseki server on a loopback port: the path to a bigger engine. */
class RemoteStoreTest {

    @TempDir
    Path dir;

    private FusekiServer server;
    private URI endpoint;

    @BeforeEach
    void startFuseki() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().loopback(true).port(0).add("/aikg", dsg, true).build().start();
        endpoint = URI.create("http://127.0.0.1:" + server.getHttpPort() + "/aikg");
    }

    @AfterEach
    void stopFuseki() {
        server.stop();
    }

    @Test
    void namedQueriesRunOverHttpWithTheSameAnswers() {
        try (KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(endpoint, null, null))) {
            assertThat(remote.storeDescription()).isEqualTo("SPARQL endpoint " + endpoint);
            assertThat(remote.selectNamed("price-ratio", Map.of()).get(0, "ratio").getLiteralLexicalForm()).isEqualTo("53.57");
            assertThat(remote.selectNamed("gpu-hours-ranking", Map.of("reference", "id:llama-3-1-405b"))
                    .get(1, "timesReference").getLiteralLexicalForm()).isEqualTo("0.09");
        }
    }

    @Test
    void updatesAndImportsGoThroughTheEndpoint() throws Exception {
        try (KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(endpoint, null, null))) {
            remote.update("INSERT DATA { GRAPH src:remote-test { id:deepseek schema:alternateName \"DS\" } }");
            assertThat(remote.select(QueryRequest.of("SELECT ?a { id:deepseek schema:alternateName ?a } ORDER BY ?a")).size())
                    .isEqualTo(2);
            Path file = java.nio.file.Files.writeString(dir.resolveSibling(dir.getFileName() + "-x.nt"),
                    "<https://w3id.org/aikg/id/openai> <https://schema.org/alternateName> \"OAI\" .\n");
            assertThat(remote.load(file, null, null, org.aikg.core.load.Progress.NONE).quads()).isEqualTo(1);
            assertThat(remote.select(QueryRequest.of("SELECT * { id:openai schema:alternateName \"OAI\" }")).size())
                    .isEqualTo(1);
        }
    }

    @Test
    void anUnreachableEndpointIsAStoreErrorThatSaysWhy() {
        try (KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(URI.create("http://127.0.0.1:9/none"), null, null))) {
            assertThatThrownBy(() -> remote.select(QueryRequest.of("SELECT * { ?s ?p ?o } LIMIT 1")))
                    .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.STORE))
                    .hasMessageStartingWith("Cannot reach http://127.0.0.1:9/none: ");
        }
    }

    @Test
    void anEndpointThatNeverAnswersIsATimeoutAtTheDeadline() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(
                     URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/sparql"), null, null))) {
            assertThatThrownBy(() -> remote.select(new QueryRequest("SELECT * { ?s ?p ?o }", Map.of(),
                    java.time.Duration.ofSeconds(1), 0)))
                    .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.TIMEOUT))
                    .hasMessageContaining("did not answer before the deadline");
        }
    }

    @Test
    void anEndpointsRefusalIsReportedInItsOwnWords() {
        URI missing = URI.create(endpoint + "-missing");
        try (KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(missing, null, null))) {
            assertThatThrownBy(() -> remote.select(QueryRequest.of("SELECT * { ?s ?p ?o } LIMIT 1")))
                    .isInstanceOf(AikgException.class)
                    .hasMessageStartingWith(missing + " answered 404");
        }
    }

    @Test
    void theRowCapCutsRemoteResultsAsTheyArrive() {
        try (KnowledgeGraph remote = KnowledgeGraph.open(new StoreSpec.Remote(endpoint, null, null))) {
            var rows = remote.select(new QueryRequest("SELECT ?s { ?s a ?type } ORDER BY ?s", Map.of(), null, 3));
            assertThat(rows.size()).isEqualTo(3);
            assertThat(rows.truncated()).isTrue();
        }
    }
}

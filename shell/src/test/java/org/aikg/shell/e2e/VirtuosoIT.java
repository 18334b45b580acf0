package org.aikg.shell.e2e;

import static org.aikg.shell.e2e.OneShotIT.aikg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aikg.shell.e2e.OneShotIT.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar against a real Virtuoso 7 (Debian's virtuoso-opensource-7) on loopback ports, holding the bundled graph. */
class VirtuosoIT {

    @TempDir
    static Path dir;

    private static Process virtuoso;
    private static String endpoint;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @BeforeAll
    static void startVirtuosoWithTheBundle() throws Exception {
        int sqlPort = freePort();
        int httpPort = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                DirsAllowed = ., %1$s
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s
                ServerThreads = 4
                [SPARQL]
                ResultSetMaxRows = 10000
                MaxQueryExecutionTime = 60
                """.formatted(dir, sqlPort, httpPort));
        virtuoso = new ProcessBuilder("virtuoso-t", "-f", "-c", dir.resolve("virtuoso.ini").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.out").toFile()).start();
        endpoint = "http://127.0.0.1:" + httpPort + "/sparql";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!answers(endpoint + "?query=ASK%7B%7D")) {
            assertThat(virtuoso.isAlive()).as("Virtuoso exited: %s", Files.readString(dir.resolve("server.out"))).isTrue();
            assertThat(System.nanoTime()).as("Virtuoso did not answer within 90 s").isLessThan(deadline);
            Thread.sleep(500);
        }
        Result export = aikg(null, "export", "--format", "nquads", "--out", dir.resolve("bundle.nq").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        Process isql = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba",
                "exec=ld_dir('" + dir + "', 'bundle.nq', 'urn:aikg:default'); rdf_loader_run(); checkpoint;")
                .redirectErrorStream(true).start();
        String said = new String(isql.getInputStream().readAllBytes());
        assertThat(isql.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(isql.exitValue()).as(said).isZero();
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stopVirtuoso() throws InterruptedException {
        if (virtuoso != null) {
            virtuoso.destroy();
            if (!virtuoso.waitFor(20, TimeUnit.SECONDS)) {
                virtuoso.destroyForcibly();
            }
        }
    }

    /** The data rows of TSV output, sorted, with numbers to six significant digits and datatypes dropped. */
    private static List<String> rows(String tsv) {
        return tsv.lines().skip(1).map(line -> String.join("\t", Arrays.stream(line.split("\t")).map(cell -> {
            String bare = cell.replaceFirst("^\"(.*)\"\\^\\^<[^>]*>$", "$1");
            try {
                return String.format(java.util.Locale.ROOT, "%.6g", Double.parseDouble(bare));
            } catch (NumberFormatException e) {
                return bare;
            }
        }).toList())).sorted().toList();
    }

    @Test
    void namedQueriesGiveTheSameAnswersThroughVirtuosoAsInProcess() throws Exception {
        for (String named : List.of("price-ratio", "training-runs", "model-facts", "disagreements", "claims")) {
            Result local = aikg(null, "run", named, "--format", "tsv");
            Result remote = aikg(null, "--endpoint", endpoint, "run", named, "--format", "tsv");
            assertThat(remote.exit()).as("%s: %s", named, remote.err()).isZero();
            assertThat(rows(remote.out())).as(named).isNotEmpty().isEqualTo(rows(local.out()));
        }
    }

    /**
     * The difference the README warns about: Virtuoso divides an integer by an integer as integers (11 where SPARQL
     * gives 11.06), so the named queries divide decimals, and both engines agree on them.
     */
    @Test
    void virtuosoDividesIntegersAsIntegersSoTheNamedQueriesDivideDecimals() throws Exception {
        String division = "SELECT ((30840000 / 2788000) AS ?ratio) WHERE {}";
        assertThat(rows(aikg(null, "query", division, "--format", "tsv").out())).containsExactly("11.0617");
        assertThat(rows(aikg(null, "--endpoint", endpoint, "query", division, "--format", "tsv").out())).containsExactly("11.0000");
        Result local = aikg(null, "run", "gpu-hours-ranking", "--format", "tsv");
        Result remote = aikg(null, "--endpoint", endpoint, "run", "gpu-hours-ranking", "--format", "tsv");
        assertThat(remote.exit()).as(remote.err()).isZero();
        assertThat(rows(local.out())).anyMatch(row -> row.contains("Llama 3.1 405B") && row.endsWith("\t11.0600"));
        assertThat(rows(remote.out())).isEqualTo(rows(local.out()));
    }

    @Test
    void theRowCapCutsAnOrderedResultWithoutAskingVirtuosoForALimitItRefuses() throws Exception {
        Result r = aikg(null, "--endpoint", endpoint, "--limit", "3", "query",
                "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s", "--format", "tsv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(1)).hasSize(3);
        assertThat(r.err()).contains("result truncated at 3 rows");
    }

    @Test
    void aQueryVirtuosoRefusesIsReportedInVirtuososWordsWithExitTwo() throws Exception {
        Result r = aikg(null, "--endpoint", endpoint, "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY ?unbound");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("aikg: " + endpoint + " answered 400: Virtuoso 37000 Error")
                .doesNotContain("Exception").hasLineCount(1);
    }
}

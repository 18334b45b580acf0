package org.aikg.shell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a separate process, for what needs a process boundary: exit codes of the real program, a
 * store held by another process, and standard input; the commands themselves are tested in this JVM (command package).
 */
class OneShotIT {

    record Result(int exit, String out, String err) {}

    @TempDir
    Path tmp;

    /** Runs an independent checker (Debian's Python with rdflib, or rapper) on some output; returns what it prints. */
    static String check(String stdin, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the checker stopped reading; its exit code and output tell why
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        feeder.join();
        assertThat(process.exitValue()).as("%s said: %s", command[0], out).isZero();
        return out.strip();
    }

    static String python(String stdin, String script) throws IOException, InterruptedException {
        return check(stdin, "/usr/bin/python3", "-c", script);
    }

    static Result aikg(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(System.getProperty("aikg.jar", "target/aikg.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarKeepsTheExitCodeContractAndSeparatesResultsFromDiagnostics() throws Exception {
        Result ok = aikg(null, "query", "SELECT ?n WHERE { id:openai schema:name ?n }");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEqualTo("n\r\nOpenAI\r\n");
        assertThat(ok.err()).isEmpty();
        Result syntax = aikg(null, "query", "SELECT ?x WHERE { ?x ?y }");
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.out()).isEmpty();
        assertThat(syntax.err()).isEqualTo("aikg: Syntax error at line 1, column 25: unexpected '}'\n");
        Result refused = aikg(null, "query", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertThat(refused.exit()).isEqualTo(1);
        Result slow = aikg(null, "--timeout", "300ms", "query", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertThat(slow.exit()).isEqualTo(3);
        assertThat(slow.err()).startsWith("aikg: Query timed out after 300 ms");
    }

    @Test
    void commandsPipedToTheJarRunAsAScript() throws Exception {
        Result r = aikg("query 'SELECT ?n WHERE { id:meta schema:name ?n }'\n");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("n\r\nMeta\r\n");
    }

    @Test
    void aStoreOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path store = tmp.resolve("busy");
        try (var holder = org.aikg.core.KnowledgeGraph.open(new org.aikg.core.StoreSpec.Tdb2(store))) {
            holder.storeDescription();
            Result r = aikg(null, "--store", store.toString(), "stats");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("aikg: Store in use: " + store).doesNotContain("\tat ");
        }
    }
}

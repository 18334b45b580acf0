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

/** Runs the packaged jar as a separate process, as scripts do, and checks stdout, stderr and the exit code. */
class AikgJarIT {

    record Result(int exit, String out, String err) {}

    @TempDir
    Path tmp;

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
    void aCountQueryPrintsACsvHeaderAndAPositiveCount() throws Exception {
        Result r = aikg(null, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("n");
        assertThat(Long.parseLong(lines[1])).isPositive();
    }

    @Test
    void aMalformedQueryExitsTwoWithOneLineOnStderrAndNothingOnStdout() throws Exception {
        Result r = aikg(null, "query", "SELECT ?x WHERE { ?x ?y }");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("aikg: Syntax error at line 1, column 25: unexpected '}'\n");
    }

    @Test
    void anUnknownNamedQueryIsAUsageError() throws Exception {
        Result r = aikg(null, "run", "top-labz");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("aikg: Unknown named query 'top-labz'. Try: named\n");
    }

    @Test
    void aQueryTooSlowForItsDeadlineExitsThree() throws Exception {
        Result r = aikg(null, "--timeout", "300ms", "query", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("aikg: Query timed out after 300 ms");
    }

    @Test
    void theQueryCanComeFromStdinOrAFile() throws Exception {
        String q = "SELECT ?name WHERE { id:deepseek-r1 schema:name ?name }";
        Result fromStdin = aikg(q, "query", "-");
        Path file = Files.writeString(tmp.resolve("q.rq"), q);
        Result fromFile = aikg(null, "query", "--file", file.toString());
        assertThat(fromStdin.out()).isEqualTo("name\r\nDeepSeek-R1\r\n").isEqualTo(fromFile.out());
        assertThat(fromStdin.exit()).isZero();
    }

    @Test
    void aScriptStopsAtTheFirstErrorWithItsExitCode() throws Exception {
        Path script = Files.writeString(tmp.resolve("s.aikg"), """
                run price-ratio --format csv
                SELECT ?x WHERE {
                  ?x ?y
                };
                store
                """);
        Result r = aikg(null, "--script", script.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).startsWith("forA,priceA,forB,priceB,ratio,source\r\n").doesNotContain("in memory");
        assertThat(r.err()).isEqualTo(script + ":2: Syntax error at line 3, column 1: unexpected '}'\n");
    }

    @Test
    void outputInAPipeHasNoEscapesOrBanners() throws Exception {
        Result r = aikg(null, "run", "claims");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").startsWith("claim,speaker,role,affiliation,paraphrase,source,sourceTitle\r\n");
        assertThat(r.err()).isEmpty();
    }
}

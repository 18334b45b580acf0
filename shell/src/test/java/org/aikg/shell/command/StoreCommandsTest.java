package org.aikg.shell.command;

import static org.aikg.shell.command.AikgRun.aikg;
import static org.aikg.shell.command.AikgRun.check;
import static org.aikg.shell.command.AikgRun.python;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.shell.command.AikgRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports, updates and scripts on real TDB2 directories, in this JVM. */
class StoreCommandsTest {

    @TempDir
    Path tmp;

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
        String header = aikg(null, "run", "price-ratio", "--format", "csv").out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("forA,priceA,forB,priceB,ratio,");
        assertThat(r.out()).startsWith(header + "\r\n").doesNotContain("in memory");
        assertThat(r.err()).isEqualTo(script + ":2: Syntax error at line 3, column 1: unexpected '}'\n");
    }

    @Test
    void aDiskStoreKeepsImportsAndAFailedImportChangesNothing() throws Exception {
        Path store = tmp.resolve("db");
        Path good = Files.writeString(tmp.resolve("good.ttl"),
                "<https://w3id.org/aikg/id/openai> <https://schema.org/alternateName> \"OAI\" .\n");
        Path bad = Files.writeString(tmp.resolve("bad.ttl"),
                "<https://w3id.org/aikg/id/openai> <https://schema.org/alternateName> \"X\" .\n<a> <b> .\n");
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        String before = aikg(null, "--store", store.toString(), "query", count).out();
        Result failed = aikg(null, "--store", store.toString(), "load", bad.toString());
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.err()).startsWith("aikg: " + bad + ":2:");
        assertThat(aikg(null, "--store", store.toString(), "query", count).out()).isEqualTo(before);
        assertThat(aikg(null, "--store", store.toString(), "load", good.toString()).exit()).isZero();
        Result after = aikg(null, "--store", store.toString(), "query",
                "SELECT ?a { id:openai schema:alternateName ?a }");
        assertThat(after.out()).isEqualTo("a\r\nOAI\r\n");
    }

    @Test
    void updatesNeedAllowUpdate() throws Exception {
        Path store = tmp.resolve("upd");
        String insert = "INSERT DATA { GRAPH src:notes { id:deepseek schema:alternateName \"DS\" } }";
        Result refused = aikg(null, "--store", store.toString(), "update", insert);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("aikg: Updates are off; add --allow-update to allow writes\n");
        assertThat(aikg(null, "--store", store.toString(), "--allow-update", "update", insert).exit()).isZero();
        assertThat(aikg(null, "--store", store.toString(), "query", "SELECT ?a { id:deepseek schema:alternateName ?a } ORDER BY ?a").out())
                .isEqualTo("a\r\nDS\r\nDeepSeek AI\r\n");
    }

    @Test
    void commandsPipedOnStdinRunAsAScript() throws Exception {
        Result r = aikg("""
                # a comment
                query 'SELECT ?n WHERE { id:meta schema:name ?n }'
                SELECT ?n WHERE {
                  id:nvidia schema:name ?n
                };
                """);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("n\r\nMeta\r\nn\r\nNvidia\r\n");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() throws Exception {
        Result r = aikg(null, "help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("query", "run", "describe", "export", "Exit codes: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout.");
        Result usage = aikg(null, "help", "run");
        assertThat(usage.out()).contains("Usage: aikg run NAME");
    }
}

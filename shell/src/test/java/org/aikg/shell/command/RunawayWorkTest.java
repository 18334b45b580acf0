package org.aikg.shell.command;

import static org.aikg.shell.command.AikgRun.aikg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aikg.shell.command.AikgRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runaway queries and updates stop at their deadline on every command-line path (one-shot, script), fail with exit 3,
 * and leave the store as it was and usable. (The prompt and HTTP paths have tests of their own.)
 */
class RunawayWorkTest {

    private static final String RUNAWAY_QUERY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String RUNAWAY_UPDATE =
            "INSERT { GRAPH src:runaway { ?a schema:knowsAbout ?g } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path tmp;

    @Test
    void aRunawayQueryStopsAtItsDeadlineInOneShotAndScriptRuns() throws Exception {
        Path store = tmp.resolve("db");
        Result oneShot = aikg(null, "--store", store.toString(), "--timeout", "700ms", "query", RUNAWAY_QUERY);
        assertThat(oneShot.exit()).isEqualTo(3);
        assertThat(oneShot.err()).isEqualTo("aikg: Query timed out after 700 ms; raise the deadline with --timeout or narrow the query\n");
        Path script = Files.writeString(tmp.resolve("s.aikg"), "store\n" + RUNAWAY_QUERY + ";\nstore\n");
        Result scripted = aikg(null, "--store", store.toString(), "--timeout", "700ms", "--script", script.toString());
        assertThat(scripted.exit()).isEqualTo(3);
        assertThat(scripted.err()).startsWith(script + ":2: Query timed out after 700 ms");
        assertThat(aikg(null, "--store", store.toString(), "query", "ASK { id:deepseek-v3 ?p ?o }").out()).isEqualTo("_askResult\r\ntrue\r\n");
    }

    @Test
    void aRunawayUpdateStopsAtItsDeadlineAndChangesNothing() throws Exception {
        Path store = tmp.resolve("db");
        String before = aikg(null, "--store", store.toString(), "query", COUNT).out();
        Result update = aikg(null, "--store", store.toString(), "--allow-update", "--timeout", "700ms", "update", RUNAWAY_UPDATE);
        assertThat(update.exit()).isEqualTo(3);
        assertThat(update.err()).isEqualTo("aikg: Update timed out after 700 ms; nothing was changed\n");
        assertThat(aikg(null, "--store", store.toString(), "query", COUNT).out()).isEqualTo(before);
        Result scripted = aikg("update '" + RUNAWAY_UPDATE + "'\n", "--store", store.toString(), "--allow-update", "--timeout", "700ms");
        assertThat(scripted.exit()).isEqualTo(3);
        assertThat(aikg(null, "--store", store.toString(), "query", COUNT).out()).isEqualTo(before);
    }
}

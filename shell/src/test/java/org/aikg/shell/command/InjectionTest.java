package org.aikg.shell.command;

import static org.aikg.shell.command.AikgRun.aikg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aikg.shell.command.AikgRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters and entity names are values: whatever they hold, they cannot change a query's shape or the store. */
class InjectionTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path tmp;

    @Test
    void aParameterHoldingSparqlIsBoundAsTheTextItIs() {
        String text = "x\" } UNION { ?s ?p ?o } #";
        Result r = aikg(null, "query", "SELECT (STR(?text) AS ?t) WHERE {}", "--param", "text=" + text);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("t\r\n\"x\"\" } UNION { ?s ?p ?o } #\"\r\n");
    }

    @Test
    void anIriParameterThatWouldCloseTheIriIsRefused() {
        Result r = aikg(null, "run", "claims-about", "--param", "entity=<https://w3id.org/aikg/id/x> } ; DROP ALL ; { <a>");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("aikg: Parameter entity: ").contains("is not a valid IRI").hasLineCount(1);
    }

    @Test
    void anEntityNameHoldingAnUpdateIsOnlyAName() {
        Path store = tmp.resolve("db");
        String before = aikg(null, "--store", store.toString(), "query", COUNT).out();
        Result r = aikg(null, "--store", store.toString(), "--allow-update", "describe", "\") } ; DROP ALL ; #");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("aikg: Nothing is called '\") } ; DROP ALL ; #'").hasLineCount(1);
        assertThat(aikg(null, "--store", store.toString(), "query", COUNT).out()).isEqualTo(before);
    }
}

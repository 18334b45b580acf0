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

/** Exports the dataset, a graph or the static site in this JVM, checked by independent parsers. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void exportsInEveryQuadAndTripleSyntaxParseWithIndependentParsers() throws Exception {
        Result nq = aikg(null, "export", "--format", "nquads");
        long lines = nq.out().lines().filter(line -> !line.isBlank()).count();
        assertThat(lines).isGreaterThan(40_000);
        assertThat(check(nq.out(), "rapper", "-i", "nquads", "-c", "-", "urn:aikg:test:base")).contains("returned " + lines + " triples");
        Result trig = aikg(null, "export", "--format", "trig");
        assertThat(python(trig.out(), "import rdflib, sys; d = rdflib.Dataset(); d.parse(data=sys.stdin.read(), format='trig'); print(len(list(d.quads((None, None, None, None)))))"))
                .isEqualTo(Long.toString(lines));
        Result xml = aikg(null, "export", "--graph", "src:llama-3-1-model-card", "--format", "rdfxml");
        assertThat(check(xml.out(), "rapper", "-i", "rdfxml", "-c", "-", "urn:aikg:test:base")).contains("returned 23 triples");
    }

    @Test
    void theSameQueryAndExportGiveTheSameBytesEveryRun() throws Exception {
        assertThat(aikg(null, "export").out()).isEqualTo(aikg(null, "export").out());
        assertThat(aikg(null, "run", "claims").out()).isEqualTo(aikg(null, "run", "claims").out());
    }

    @Test
    void exportSiteWritesPagesDataVoidAndDumpsAsStaticFiles() throws Exception {
        // The article's sources only: a page for each of Epoch's thousands of entities would take minutes here.
        String store = tmp.resolve("db").toString();
        assertThat(aikg(null, "--store", store, "--allow-update", "update",
                "DROP GRAPH <https://w3id.org/aikg/source/epoch-notable-ai-models>").exit()).isZero();
        Path site = tmp.resolve("site");
        Result r = aikg(null, "--store", store, "export", "--site", site.toString(), "--base-url", "https://aikg.example.org");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(site.resolve("id/deepseek-v3/index.html"))).contains("<h1>DeepSeek-V3</h1>");
        assertThat(python(Files.readString(site.resolve("doc/deepseek-v3.ttl")),
                "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle'); print(len(g) > 5)"))
                .isEqualTo("True");
        assertThat(Files.readString(site.resolve(".well-known/void")))
                .contains("void:sparqlEndpoint <https://aikg.example.org/aikg/sparql>");
        assertThat(site.resolve("dumps/aikg.nq.gz")).isNotEmptyFile();
        Result again = aikg(null, "--store", store, "export", "--site", site.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("aikg: The site directory " + site + " is not empty\n");
    }
}

package org.aikg.shell.command;

import static org.aikg.shell.command.AikgRun.aikg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aikg.shell.command.AikgRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** picture and chart as a user runs them: SVG files that parse as XML and hold the labels, stable bytes, bad columns. */
class PictureAndChartCommandTest {

    @TempDir
    Path tmp;

    private static List<String> texts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void aPictureOfDeepSeekV3NamesItsNeighboursAndIsTheSameEveryTime() throws Exception {
        Path first = tmp.resolve("a.svg");
        Path second = tmp.resolve("b.svg");
        assertThat(aikg(null, "picture", "DeepSeek-V3", "--out", first.toString()).exit()).isZero();
        assertThat(aikg(null, "picture", "DeepSeek-V3", "--out", second.toString()).exit()).isZero();
        assertThat(String.join(" ", texts(first))).contains("DeepSeek-V3", "DeepSeek", "DeepSeek-V3 training");
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void aPictureOfSomethingUnknownSaysSoInOneLine() {
        Result r = aikg(null, "picture", "Nothing-Like-This");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aChartOfAQueryNamesItsAxesAndSeries() throws Exception {
        Path svg = tmp.resolve("hours.svg");
        Result r = aikg(null, "chart", "SELECT ?name ?hours { ?run prov:generated/schema:name ?name ; aikg:gpuHours/qudt:numericValue ?hours }",
                "--x", "name", "--y", "hours", "--title", "GPU-hours by model", "--out", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(String.join(" ", texts(svg))).contains("GPU-hours by model", "DeepSeek-V3", "Llama 3.1 405B");
    }

    @Test
    void aChartOfAColumnThatIsNotNumericIsAUsageErrorNamingTheColumns() {
        Result r = aikg(null, "chart", "SELECT ?name ?hours { ?run prov:generated/schema:name ?name ; aikg:gpuHours/qudt:numericValue ?hours }",
                "--x", "hours", "--y", "name", "--out", tmp.resolve("x.svg").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("aikg: Column 'name' is not numeric").contains("hours").hasLineCount(1);
        assertThat(tmp.resolve("x.svg")).doesNotExist();
    }

    @Test
    void anEmptyResultGivesAChartThatSaysSo() throws Exception {
        Path svg = tmp.resolve("empty.svg");
        Result r = aikg(null, "chart", "SELECT ?x ?y { ?x aikg:noSuchProperty ?y }", "--x", "x", "--y", "y", "--out", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(texts(svg)).anyMatch(t -> t.contains("No rows"));
    }

    @Test
    void everyNamedQueryThatDeclaresAChartDrawsItOnTheBundledGraph() throws Exception {
        var charted = org.aikg.core.named.NamedQueryCatalogue.load().all().stream().filter(q -> q.chart().isPresent()).toList();
        assertThat(charted).extracting(org.aikg.core.named.NamedQuery::name)
                .contains("compute-over-time", "api-prices", "market-values");
        for (var query : charted) {
            Path svg = tmp.resolve(query.name() + ".svg");
            Result r = aikg(null, "chart", query.name(), "--out", svg.toString());
            assertThat(r.exit()).as("%s: %s", query.name(), r.err()).isZero();
            assertThat(texts(svg)).as(query.name()).isNotEmpty().noneMatch(t -> t.contains("No rows"));
        }
    }

    @Test
    void withoutOutAPipeGetsTheSvg() {
        Result r = aikg(null, "chart", "SELECT ?name ?hours { ?run prov:generated/schema:name ?name ; aikg:gpuHours/qudt:numericValue ?hours }",
                "--x", "name", "--y", "hours");
        assertThat(r.exit()).isZero();
        assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("<svg");
    }
}

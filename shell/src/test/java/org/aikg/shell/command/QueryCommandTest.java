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

/** Runs SPARQL with the query and run commands in this JVM: formats, checked by independent parsers, errors and caps. */
class QueryCommandTest {

    @TempDir
    Path tmp;

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
    void outputInAPipeHasNoEscapesOrBanners() throws Exception {
        Result r = aikg(null, "run", "claims");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").startsWith("claim,speaker,role,affiliation,paraphrase,source,sourceTitle\r\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void csvOutputReadsBackWithPythonsCsvModuleEvenWithCommasAndQuotesInValues() throws Exception {
        Result r = aikg(null, "run", "claims", "--format", "csv");
        String shape = python(r.out(), """
                import csv, sys
                rows = list(csv.reader(sys.stdin))
                print(len(rows) - 1, set(len(row) for row in rows))
                """);
        String claims = python(aikg(null, "export", "--format", "nquads").out(), """
                import rdflib, sys
                d = rdflib.Dataset(); d.parse(data=sys.stdin.read(), format='nquads')
                claim = rdflib.URIRef('https://w3id.org/aikg/ns#Claim')
                print(len({s for s, p, o, g in d.quads((None, rdflib.RDF.type, claim, None))}))
                """);
        assertThat(Integer.parseInt(claims)).isGreaterThanOrEqualTo(20);
        assertThat(shape).isEqualTo(claims + " {7}");
    }

    @Test
    void jsonOutputIsSparqlResultsJson() throws Exception {
        Result r = aikg(null, "run", "price-ratio", "--format", "json");
        String ratio = python(r.out(), """
                import json, sys
                doc = json.load(sys.stdin)
                print(doc["head"]["vars"][4], doc["results"]["bindings"][0]["ratio"]["value"])
                """);
        assertThat(ratio).isEqualTo("ratio 53.57");
    }

    @Test
    void xmlAndTsvOutputsCarryTheSameRow() throws Exception {
        Result xml = aikg(null, "query", "SELECT ?n WHERE { id:openai schema:name ?n }", "--format", "xml");
        String value = python(xml.out(), """
                import sys, xml.etree.ElementTree as ET
                ns = {"s": "http://www.w3.org/2005/sparql-results#"}
                print(ET.parse(sys.stdin).getroot().find(".//s:literal", ns).text)
                """);
        assertThat(value).isEqualTo("OpenAI");
        Result tsv = aikg(null, "query", "SELECT ?n WHERE { id:openai schema:name ?n }", "--format", "tsv");
        assertThat(tsv.out()).isEqualTo("?n\n\"OpenAI\"\n");
    }

    @Test
    void askAnswersInJson() throws Exception {
        Result r = aikg(null, "query", "ASK { id:nvidia-h800 schema:manufacturer id:nvidia }", "--format", "json");
        assertThat(python(r.out(), "import json, sys; print(json.load(sys.stdin)['boolean'])")).isEqualTo("True");
    }

    @Test
    void constructTurtleParsesWithRdflibAndNTriplesWithRapper() throws Exception {
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH src:deepseek-v3-technical-report { ?s ?p ?o } }";
        Result turtle = aikg(null, "query", q);
        assertThat(turtle.out()).startsWith("@prefix ");
        assertThat(python(turtle.out(), "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle'); print(len(g))"))
                .isEqualTo("30");
        Result nt = aikg(null, "query", q, "--format", "ntriples");
        assertThat(check(nt.out(), "rapper", "-i", "ntriples", "-c", "-", "urn:aikg:test:base")).contains("returned 30 triples");
    }

    @Test
    void describeAsJsonLdParsesWithRdflib() throws Exception {
        Result r = aikg(null, "query", "DESCRIBE id:deepseek-r1", "--format", "jsonld");
        assertThat(r.exit()).isZero();
        assertThat(python(r.out(), "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='json-ld'); print(len(g) > 0)"))
                .isEqualTo("True");
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Result unknownOption = aikg(null, "query", "--fromat", "csv", "SELECT * {}");
        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).isEqualTo("aikg: Unknown option --fromat. Try: aikg help\n");
        Result unknownCommand = aikg(null, "qeury");
        assertThat(unknownCommand.exit()).isEqualTo(2);
        assertThat(unknownCommand.err()).isEqualTo("aikg: Unknown command 'qeury'. Try: aikg help\n");
        Result wrongFormat = aikg(null, "query", "SELECT * { ?s ?p ?o }", "--format", "turtle");
        assertThat(wrongFormat.exit()).isEqualTo(2);
        assertThat(wrongFormat.err()).contains("does not fit a SELECT query");
        Result missingParam = aikg(null, "run", "claims-about");
        assertThat(missingParam.exit()).isEqualTo(2);
        assertThat(missingParam.err()).startsWith("aikg: Named query 'claims-about' needs --param entity=<iri>");
        for (Result r : List.of(unknownOption, unknownCommand, wrongFormat, missingParam)) {
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void aCutResultSaysSoOnStderr() throws Exception {
        Result r = aikg(null, "--limit", "3", "query", "SELECT ?s { ?s ?p ?o }");
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\r\n")).hasSize(4);
        assertThat(r.err()).isEqualTo("aikg: result truncated at 3 rows; raise --limit to see more\n");
    }

    @Test
    void repeatedRunsWriteTheResultOnceAndTheirTimingsOnStderr() throws Exception {
        String organizations = "SELECT ?o WHERE { ?o a schema:Organization } ORDER BY ?o";
        Result once = aikg(null, "query", organizations, "--format", "csv");
        Result r = aikg(null, "--limit", "3", "query", organizations, "--format", "csv", "--repeat", "4");
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\r\n")).containsExactly(java.util.Arrays.copyOf(once.out().split("\r\n"), 4));
        assertThat(r.err().lines().toList()).hasSize(2)
                .first().asString().matches("aikg: 3 warm runs: median [0-9.]+ ms, mean [0-9.]+ ms, min [0-9.]+ ms, max [0-9.]+ ms \\(first run [0-9]+ ms\\)");
        assertThat(r.err()).endsWith("aikg: result truncated at 3 rows; raise --limit to see more\n");
        double[] ms = java.util.regex.Pattern.compile("(median|mean|min|max) ([0-9.]+) ms").matcher(r.err()).results()
                .mapToDouble(m -> Double.parseDouble(m.group(2))).toArray();
        assertThat(ms).hasSize(4);
        assertThat(ms[2]).as("min").isLessThanOrEqualTo(ms[0]).isLessThanOrEqualTo(ms[1]);
        assertThat(ms[3]).as("max").isGreaterThanOrEqualTo(ms[0]).isGreaterThanOrEqualTo(ms[1]);
    }

    @Test
    void serviceIsRefusedWithExitOne() throws Exception {
        Result r = aikg(null, "query", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("aikg: SERVICE is refused");
    }

    @Test
    void anUnreachableEndpointFailsInOneLine() throws Exception {
        Result r = aikg(null, "--endpoint", "http://127.0.0.1:9/sparql", "query", "SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("aikg: ");
    }
}

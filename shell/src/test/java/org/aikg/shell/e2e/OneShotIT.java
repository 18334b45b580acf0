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

    @Test
    void csvOutputReadsBackWithPythonsCsvModuleEvenWithCommasAndQuotesInValues() throws Exception {
        Result r = aikg(null, "run", "claims", "--format", "csv");
        String shape = python(r.out(), """
                import csv, sys
                rows = list(csv.reader(sys.stdin))
                print(len(rows) - 1, set(len(row) for row in rows))
                """);
        assertThat(shape).isEqualTo("20 {7}");
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
    void exportsInEveryQuadAndTripleSyntaxParseWithIndependentParsers() throws Exception {
        Result nq = aikg(null, "export", "--format", "nquads");
        assertThat(check(nq.out(), "rapper", "-i", "nquads", "-c", "-", "urn:aikg:test:base")).contains("returned 1000 triples");
        Result trig = aikg(null, "export", "--format", "trig");
        assertThat(python(trig.out(), "import rdflib, sys; d = rdflib.Dataset(); d.parse(data=sys.stdin.read(), format='trig'); print(len(list(d.quads((None, None, None, None)))))"))
                .isEqualTo("1000");
        Result xml = aikg(null, "export", "--graph", "src:llama-3-1-model-card", "--format", "rdfxml");
        assertThat(check(xml.out(), "rapper", "-i", "rdfxml", "-c", "-", "urn:aikg:test:base")).contains("returned 23 triples");
    }

    @Test
    void theSameQueryAndExportGiveTheSameBytesEveryRun() throws Exception {
        assertThat(aikg(null, "export").out()).isEqualTo(aikg(null, "export").out());
        assertThat(aikg(null, "run", "claims").out()).isEqualTo(aikg(null, "run", "claims").out());
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
    void serviceIsRefusedWithExitOne() throws Exception {
        Result r = aikg(null, "query", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("aikg: SERVICE is refused");
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
    void anUnreachableEndpointFailsInOneLine() throws Exception {
        Result r = aikg(null, "--endpoint", "http://127.0.0.1:9/sparql", "query", "SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("aikg: ");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() throws Exception {
        Result r = aikg(null, "help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("query", "run", "describe", "export", "Exit codes: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout.");
        Result usage = aikg(null, "help", "run");
        assertThat(usage.out()).contains("Usage: aikg run NAME");
    }

    @Test
    void exportSiteWritesPagesDataVoidAndDumpsAsStaticFiles() throws Exception {
        Path site = tmp.resolve("site");
        Result r = aikg(null, "export", "--site", site.toString(), "--out", "https://aikg.example.org");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(site.resolve("id/deepseek-v3/index.html"))).contains("<h1>DeepSeek-V3</h1>");
        assertThat(python(Files.readString(site.resolve("doc/deepseek-v3.ttl")),
                "import rdflib, sys; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='turtle'); print(len(g) > 5)"))
                .isEqualTo("True");
        assertThat(Files.readString(site.resolve(".well-known/void")))
                .contains("void:sparqlEndpoint <https://aikg.example.org/aikg/sparql>");
        assertThat(site.resolve("dumps/aikg.nq.gz")).isNotEmptyFile();
        Result again = aikg(null, "export", "--site", site.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("aikg: The site directory " + site + " is not empty\n");
    }
}

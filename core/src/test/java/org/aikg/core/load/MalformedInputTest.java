package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.StoreSpec;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.QueryRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the malformed corpus ({@code malformed/cases.tsv} says what each breaks) goes through the real facade,
 * on the in-memory store and on a TDB2 directory: it is refused with the expected kind, in one line that names the
 * file and the line (and column) where the syntax gives one, and the store's full N-Quads export is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

    /** One corpus file: the refusal it must get, the line the message must name (null when none), what it breaks. */
    record Case(String file, AikgException.Kind kind, Integer line, String breaks) {

        boolean isQuery() {
            return file.endsWith(".rq");
        }

        boolean isUpdate() {
            return file.endsWith(".ru");
        }

        Path path() {
            return corpus().resolve(file);
        }

        @Override
        public String toString() {
            return file + " (" + breaks + ")";
        }
    }

    private KnowledgeGraph memory;
    private KnowledgeGraph tdb2;
    private String memoryBefore;
    private String tdb2Before;

    static Path corpus() {
        try {
            return Path.of(MalformedInputTest.class.getClassLoader().getResource("malformed/cases.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        return Files.readAllLines(corpus().resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t"))
                .map(f -> new Case(f[0], AikgException.Kind.valueOf(f[1]), f[2].equals("-") ? null : Integer.valueOf(f[2]), f[3]))
                .toList();
    }

    @BeforeAll
    void openStores(@TempDir Path dir) {
        memory = KnowledgeGraph.inMemory();
        tdb2 = KnowledgeGraph.open(new StoreSpec.Tdb2(dir.resolve("db")));
        memoryBefore = export(memory);
        tdb2Before = export(tdb2);
    }

    @AfterAll
    void closeStores() {
        memory.close();
        tdb2.close();
    }

    static String export(KnowledgeGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.exporter().all(OutputFormat.NQUADS, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void run(KnowledgeGraph graph, Case c) {
        if (c.isQuery()) {
            graph.query(QueryRequest.of(text(c)), OutputFormat.CSV, java.io.OutputStream.nullOutputStream());
        } else if (c.isUpdate()) {
            graph.update(text(c));
        } else {
            graph.load(c.path(), null, null, Progress.NONE);
        }
    }

    private static String text(Case c) {
        try {
            return Files.readString(c.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMalformedInputIsRefusedInOneLineNamingWhereAndChangesNothing(Case c) {
        assertRefused(memory, c);
        assertThat(export(memory)).as("in-memory store after " + c.file()).isEqualTo(memoryBefore);
        assertRefused(tdb2, c);
        assertThat(export(tdb2)).as("TDB2 store after " + c.file()).isEqualTo(tdb2Before);
    }

    private static void assertRefused(KnowledgeGraph graph, Case c) {
        Throwable thrown = catchThrowable(() -> run(graph, c));
        assertThat(thrown).as(c.file()).isInstanceOf(AikgException.class);
        AikgException refusal = (AikgException) thrown;
        String message = refusal.getMessage();
        assertThat(refusal.kind()).as(message).isEqualTo(c.kind());
        assertThat(message).as("one line").doesNotContain("\n", "\r").doesNotContainPattern("\\p{Cntrl}");
        assertThat(message).as("says what is wrong").doesNotContain("null").hasSizeGreaterThan(20);
        if (c.isQuery() || c.isUpdate()) {
            if (c.line() != null) {
                assertThat(message).contains("line " + c.line() + ", column ");
            }
        } else if (c.line() == null) {
            assertThat(message).startsWith(c.path() + ": ");
        } else {
            assertThat(message).matches(Pattern.quote(c.path() + ":" + c.line() + ":") + "\\d+: .+");
        }
    }

    @Test
    void aTdb2StoreReopensHoldingExactlyWhatItHeldBeforeTheRefusedImports(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("db");
        String before;
        try (KnowledgeGraph graph = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            before = export(graph);
            for (Case c : cases()) {
                if (!c.isQuery() && !c.isUpdate()) {
                    assertThat(catchThrowable(() -> run(graph, c))).as(c.file()).isInstanceOf(AikgException.class);
                }
            }
        }
        try (KnowledgeGraph reopened = KnowledgeGraph.open(new StoreSpec.Tdb2(store))) {
            assertThat(export(reopened)).isEqualTo(before);
        }
    }
}

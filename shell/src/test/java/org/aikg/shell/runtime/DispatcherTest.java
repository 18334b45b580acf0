package org.aikg.shell.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dispatcher with a probe command that records what it was given: parsing, global options, errors, exit codes. */
class DispatcherTest {

    /** What the probe saw, per run. */
    static final List<Object[]> seen = new ArrayList<>();

    @Command(name = "probe", description = "Record what was given.")
    static final class Probe implements AikgCommand {
        @Parameters(arity = "0..*", paramLabel = "WORDS")
        List<String> words = List.of();

        @Option(names = "--param", paramLabel = "NAME=VALUE")
        Map<String, String> params = new LinkedHashMap<>();

        @Option(names = "--format", paramLabel = "FORMAT")
        String format;

        @Override
        public int execute(Session session) {
            seen.add(new Object[] {words, params, session.policy().timeout(), session.policy().rowLimit(), session.debug()});
            return ExitCodes.OK;
        }
    }

    @Command(name = "aikg", subcommands = Probe.class)
    static final class TestProgram extends Program {}

    record Result(int exit, String out, String err) {}

    static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        int code = new Dispatcher(new TestProgram(), session).main(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void globalOptionsMayComeBeforeOrAfterTheCommand() {
        seen.clear();
        Result r = run("", "--timeout", "500ms", "probe", "price-ratio", "--param", "a=id:openai", "--param=b=id:deepseek", "--limit", "5");
        assertThat(r.exit()).isZero();
        Object[] probe = seen.getFirst();
        assertThat(probe[0]).isEqualTo(List.of("price-ratio"));
        assertThat(probe[2]).isEqualTo(Duration.ofMillis(500));
        assertThat(probe[3]).isEqualTo(5L);
        assertThat(probe[1]).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, String.class)).containsEntry("a", "id:openai").containsEntry("b", "id:deepseek");
    }

    @Test
    void aBareNumberTimeoutIsSecondsAndBadValuesAreRefused() {
        seen.clear();
        run("", "probe", "--timeout", "2");
        assertThat(seen.getFirst()[2]).isEqualTo(Duration.ofSeconds(2));
        Result soon = run("", "probe", "--timeout", "soon");
        assertThat(soon.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(soon.err()).isEqualTo("aikg: Timeout 'soon' is not a positive duration such as 30s, 500ms or 2m\n");
        Result negative = run("", "probe", "--limit", "-3");
        assertThat(negative.err()).isEqualTo("aikg: Limit '-3' is not a positive whole number\n");
    }

    @Test
    void unknownOptionsAndMissingValuesAreUsageErrors() {
        Result unknown = run("", "probe", "--fromat", "csv");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("aikg: Unknown option --fromat. Try: aikg help\n");
        Result missing = run("", "probe", "--format");
        assertThat(missing.err()).isEqualTo("aikg: Option --format needs a value\n");
        Result twice = run("", "probe", "--format", "csv", "--format", "tsv");
        assertThat(twice.err()).isEqualTo("aikg: Option --format given more than once\n");
        Result notAPair = run("", "probe", "--param", "oops");
        assertThat(notAPair.err()).isEqualTo("aikg: Parameter 'oops' is not name=value\n");
    }

    @Test
    void aFlagDoesNotSwallowTheNextWord() {
        seen.clear();
        run("", "probe", "--debug", "SELECT * {}");
        assertThat(seen.getFirst()[4]).isEqualTo(true);
        assertThat(seen.getFirst()[0]).isEqualTo(List.of("SELECT * {}"));
    }

    @Test
    void atSignsAreWordsNotArgumentFiles() {
        seen.clear();
        run("", "probe", "@/etc/passwd");
        assertThat(seen.getFirst()[0]).isEqualTo(List.of("@/etc/passwd"));
    }

    @Test
    void optionsBeforeAScriptApplyToEveryLineUnlessALineSaysOtherwise() {
        seen.clear();
        Result r = run("probe one\nprobe two --limit 7\n", "--limit", "3");
        assertThat(r.exit()).isZero();
        assertThat(seen).extracting(p -> p[3]).containsExactly(3L, 7L);
    }

    @Test
    void helpIsGeneratedFromTheDeclarations() {
        Result r = run("", "probe", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Record what was given.\nUsage: aikg probe [WORDS]... [--param NAME=VALUE]... [--format FORMAT]\n");
    }
}

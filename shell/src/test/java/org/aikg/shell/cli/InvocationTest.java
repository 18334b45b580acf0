package org.aikg.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void globalOptionsMayComeBeforeOrAfterTheCommand() {
        Invocation inv = Invocation.parse(List.of("--timeout", "500ms", "run", "price-ratio", "--param", "a=id:openai",
                "--param=b=id:deepseek", "--limit", "5"));
        assertThat(inv.command()).isEqualTo("run");
        assertThat(inv.args()).containsExactly("price-ratio");
        assertThat(inv.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(inv.limit()).isEqualTo(5);
        assertThat(inv.params()).containsEntry("a", "id:openai").containsEntry("b", "id:deepseek");
    }

    @Test
    void aBareNumberTimeoutIsSecondsAndBadValuesAreRefused() {
        assertThat(Invocation.parse(List.of("query", "--timeout", "2")).timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> Invocation.parse(List.of("query", "--timeout", "soon")).timeout())
                .hasMessage("Timeout 'soon' is not a positive duration such as 30s, 500ms or 2m");
        assertThatThrownBy(() -> Invocation.parse(List.of("query", "--limit", "-3")).limit())
                .hasMessage("Limit '-3' is not a positive whole number");
    }

    @Test
    void unknownOptionsAndMissingValuesAreUsageErrors() {
        assertThatThrownBy(() -> Invocation.parse(List.of("query", "--fromat", "csv")))
                .hasMessage("Unknown option --fromat. Try: aikg help");
        assertThatThrownBy(() -> Invocation.parse(List.of("query", "--format")))
                .hasMessage("Option --format needs a value");
    }

    @Test
    void aFlagDoesNotSwallowTheNextWord() {
        Invocation inv = Invocation.parse(List.of("query", "--debug", "SELECT * {}"));
        assertThat(inv.flag("debug")).isTrue();
        assertThat(inv.args()).containsExactly("SELECT * {}");
    }
}

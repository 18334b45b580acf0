package org.aikg.shell.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aikg.core.AikgException;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void keepsQuotedSparqlStringLiteralsIntact() {
        assertThat(Tokenizer.split("query 'SELECT * { ?s schema:name \"O\\u0027Grady\" }' --format csv"))
                .containsExactly("query", "SELECT * { ?s schema:name \"O\\u0027Grady\" }", "--format", "csv");
        assertThat(Tokenizer.split("run claims-about --param \"entity=id:deepseek\""))
                .containsExactly("run", "claims-about", "--param", "entity=id:deepseek");
    }

    @Test
    void honoursBackslashEscapesOutsideAndInsideDoubleQuotes() {
        assertThat(Tokenizer.split("search Stephen\\ O\\'Grady \"say \\\"hi\\\"\""))
                .containsExactly("search", "Stephen O'Grady", "say \"hi\"");
    }

    @Test
    void anUnclosedQuoteIsAUsageError() {
        assertThatThrownBy(() -> Tokenizer.split("query 'SELECT"))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessage("Unclosed single quote");
    }
}

package org.aikg.shell.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptReaderTest {

    @Test
    void aQuerySpansLinesUntilItsSemicolonAndCommandsTakeOneLine() {
        List<ScriptReader.Statement> statements = ScriptReader.statements(List.of(
                "# a comment",
                "named",
                "SELECT ?name WHERE {",
                "  ?m schema:name ?name FILTER(?name = \"a } b\")",
                "};",
                "",
                "run price-ratio --format csv"));
        assertThat(statements).extracting(ScriptReader.Statement::line).containsExactly(2, 3, 7);
        assertThat(statements.get(1).words().getFirst()).isEqualTo("query");
        assertThat(statements.get(1).words().get(1))
                .isEqualTo("SELECT ?name WHERE {\n  ?m schema:name ?name FILTER(?name = \"a } b\")\n}");
        assertThat(statements.get(2).words()).containsSequence("--format", "csv");
    }

    @Test
    void anEmptyLineEndsAQueryWithoutSemicolon() {
        List<ScriptReader.Statement> statements = ScriptReader.statements(List.of(
                "ASK { id:deepseek ?p ?o }", "", "store"));
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).words().get(1)).isEqualTo("ASK { id:deepseek ?p ?o }");
    }

    @Test
    void bracesInStringsIrisAndCommentsDoNotCount() {
        assertThat(SparqlInput.depth("SELECT * { ?s ?p \"{\" # }\n")).isEqualTo(1);
        assertThat(SparqlInput.complete("SELECT * { ?s ?p '}' } ;")).isTrue();
        assertThat(SparqlInput.depth("PREFIX a: <https://w3id.org/aikg/ns#> SELECT * { ?s a:x ?o FILTER(?o < 3) ")).isEqualTo(1);
        assertThat(SparqlInput.startsQuery("prefix x: <urn:x:>")).isTrue();
        assertThat(SparqlInput.startsQuery("run price-ratio")).isFalse();
        assertThat(SparqlInput.startsQuery("DESCRIBE id:nvidia")).isTrue();
        assertThat(SparqlInput.startsQuery("describe Nvidia")).isFalse();
        assertThat(SparqlInput.startsQuery("select ?x {}")).isTrue();
    }
}

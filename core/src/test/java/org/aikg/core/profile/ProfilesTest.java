package org.aikg.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRunner;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

    private static final BundledTriG TRIG = new BundledTriG();
    private static KnowledgeGraph graph;
    private static Profiles profiles;

    @BeforeAll
    static void open() {
        graph = KnowledgeGraph.inMemory();
        profiles = new Profiles(new QueryRunner(graph.store()));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static Node id(String name) {
        return BundledTriG.iri(BundledTriG.ID + name);
    }

    private static Line line(List<Line> lines, String label) {
        return lines.stream().filter(l -> l.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "' in " + lines.stream().map(Line::label).toList()));
    }

    private static Section section(Profile profile, String title) {
        return profile.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section '" + title + "' in " + profile.sections().stream().map(Section::title).toList()));
    }

    private static String titleOf(Profile profile, int number) {
        return profile.sources().stream().filter(s -> s.number() == number).findFirst().orElseThrow().title();
    }

    /** The value of a line whose words contain the text. */
    private static Value valueWith(Line line, String text) {
        return line.values().stream().filter(v -> v.plain().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no value with '" + text + "' in " + line.values().stream().map(Value::plain).toList()));
    }

    @Test
    void deepSeekV3ShowsBothParameterCountsSideBySideEachWithItsNumberedSource() {
        List<BundledTriG.Figure> counts = TRIG.figures(id("deepseek-v3"), BundledTriG.NS + "parameterCount");
        assertThat(counts).extracting(BundledTriG.Figure::value)
                .containsExactlyInAnyOrder(new BigDecimal("685000000000"), new BigDecimal("671000000000"));
        Profile profile = profiles.of(id("deepseek-v3"));
        Line parameters = line(profile.facts(), "parameter count");
        assertThat(parameters.values()).hasSize(2);
        assertThat(parameters.disagreement()).isTrue();
        for (BundledTriG.Figure figure : counts) {
            String words = figure.value().movePointLeft(9).stripTrailingZeros().toPlainString() + " billion parameters";
            Value value = valueWith(parameters, words);
            assertThat(value.sources()).hasSize(1);
            assertThat(titleOf(profile, value.sources().getFirst())).isEqualTo(TRIG.title(figure.graph()));
        }
        assertThat(valueWith(parameters, "685 billion").plain()).endsWith("(approx.)");
        assertThat(ProfileText.summary(profile)).containsPattern("parameter count +685 billion parameters \\(approx\\.\\) \\[\\d\\]; "
                + "671 billion parameters \\[\\d\\] \\(sources disagree\\)");
    }

    @Test
    void theTrainingRunIsFoldedIntoTheModelWithHardwareGpuHoursAndCost() {
        Node run = TRIG.subjects(BundledTriG.PROV + "generated", id("deepseek-v3")).getFirst();
        assertThat(TRIG.figures(run, BundledTriG.NS + "gpuHours")).extracting(BundledTriG.Figure::value)
                .containsOnly(new BigDecimal("2788000"));
        assertThat(TRIG.figures(run, BundledTriG.NS + "trainingCost")).extracting(BundledTriG.Figure::value)
                .containsOnly(new BigDecimal("5576000"));
        Node hardware = TRIG.first(Node.ANY, run, BundledTriG.PROV + "used");
        Profile profile = profiles.of(id("deepseek-v3"));
        Entry training = section(profile, "Training run").entries().getFirst();
        assertThat(training.head().words().getFirst().link()).isEqualTo(run);
        Line hours = line(training.lines(), "GPU-hours");
        assertThat(hours.values()).singleElement().extracting(Value::plain).isEqualTo("2.79 million GPU-hours");
        assertThat(hours.values().getFirst().sources()).hasSameSizeAs(TRIG.figures(run, BundledTriG.NS + "gpuHours"));
        assertThat(line(training.lines(), "hardware").values()).singleElement().extracting(Value::plain).isEqualTo(TRIG.name(hardware));
        Line cost = line(training.lines(), "training cost");
        assertThat(cost.values()).singleElement().extracting(Value::plain).isEqualTo("5.58 million USD (estimate)");
        assertThat(cost.notes()).singleElement().extracting(Value::plain).asString().contains("2 US dollars per H800 GPU-hour");
        assertThat(cost.disagreement()).isFalse();
    }

    @Test
    void nvidiaShowsTheOneDayLossFiguresSideBySideAsADisagreement() {
        Node loss = TRIG.subjects(BundledTriG.NS + "subject", id("nvidia")).stream()
                .filter(e -> !TRIG.figures(e, BundledTriG.NS + "amount").isEmpty()).findFirst().orElseThrow();
        List<BundledTriG.Figure> amounts = TRIG.figures(loss, BundledTriG.NS + "amount");
        assertThat(amounts).hasSize(3);
        Profile profile = profiles.of(id("nvidia"));
        Entry event = section(profile, "Market events").entries().stream()
                .filter(e -> e.head().words().getFirst().link().equals(loss)).findFirst().orElseThrow();
        Line amount = line(event.lines(), "amount");
        assertThat(amount.disagreement()).isTrue();
        assertThat(amount.values()).hasSize(3);
        for (BundledTriG.Figure figure : amounts) {
            Value value = valueWith(amount, figure.value().movePointLeft(9).stripTrailingZeros().toPlainString() + " billion USD");
            assertThat(titleOf(profile, value.sources().getFirst())).isEqualTo(TRIG.title(figure.graph()));
        }
    }

    @Test
    void datesOfDifferentPrecisionThatAgreeAreNotADisagreement() {
        Node loss = id("nvidia-loss-2025-01");
        assertThat(TRIG.texts(loss, BundledTriG.SCHEMA + "startDate")).contains("2025-01", "2025-01-27");
        Entry event = section(profiles.of(id("nvidia")), "Market events").entries().getFirst();
        Line date = line(event.lines(), "date");
        assertThat(date.values()).extracting(Value::plain).contains("January 2025", "27 January 2025");
        assertThat(date.disagreement()).isFalse();
    }

    @Test
    void aLowerBoundAndAnExactFigureThatFitsItAgreeAndStayDistinct() {
        Node run = TRIG.subjects(BundledTriG.PROV + "generated", id("llama-3-1-405b")).getFirst();
        assertThat(TRIG.figures(run, BundledTriG.NS + "gpuHours")).extracting(BundledTriG.Figure::value)
                .containsExactlyInAnyOrder(new BigDecimal("30800000"), new BigDecimal("30840000"));
        Entry training = section(profiles.of(id("llama-3-1-405b")), "Training run").entries().getFirst();
        Line hours = line(training.lines(), "GPU-hours");
        assertThat(hours.values()).extracting(Value::plain)
                .containsExactlyInAnyOrder("at least 30.8 million GPU-hours", "30.84 million GPU-hours");
        assertThat(hours.disagreement()).isFalse();
    }

    @Test
    void jimZemlinShowsHisRoleAndHisClaims() {
        Node zemlin = id("jim-zemlin");
        Node membership = TRIG.subjects(BundledTriG.ORG + "member", zemlin).getFirst();
        String role = TRIG.first(Node.ANY, membership, BundledTriG.SCHEMA + "roleName").getLiteralLexicalForm();
        String organization = TRIG.name(TRIG.first(Node.ANY, membership, BundledTriG.ORG + "organization"));
        List<String> said = TRIG.subjects(BundledTriG.NS + "speaker", zemlin).stream()
                .map(c -> TRIG.first(Node.ANY, c, BundledTriG.NS + "paraphrase").getLiteralLexicalForm()).toList();
        Profile profile = profiles.of(zemlin);
        assertThat(profile.kinds()).containsExactly("person");
        assertThat(section(profile, "Roles").entries()).extracting(e -> e.head().plain())
                .containsExactly(role + " at " + organization);
        Section claims = section(profile, "Claims");
        assertThat(claims.total()).isEqualTo(said.size());
        assertThat(claims.entries()).extracting(e -> e.head().plain())
                .allSatisfy(text -> assertThat(said).anyMatch(text::endsWith))
                .noneMatch(text -> text.startsWith("Jim Zemlin"));
    }

    @Test
    void eachValueIsListedOnceWithAllItsSourcesInTheStatementTable() {
        Node v3 = id("deepseek-v3");
        List<Node> graphs = TRIG.graphs(v3, BundledTriG.SCHEMA + "creator", id("deepseek"));
        assertThat(graphs).hasSizeGreaterThan(1);
        Profile profile = profiles.of(v3);
        List<StatementRow> creators = profile.statements().rows().stream()
                .filter(r -> r.property().text().equals("schema:creator")).toList();
        assertThat(creators).singleElement().satisfies(row -> {
            assertThat(row.sources()).hasSameSizeAs(graphs);
            assertThat(row.sources().stream().map(n -> titleOf(profile, n)).toList())
                    .containsExactlyInAnyOrderElementsOf(graphs.stream().map(TRIG::title).toList());
        });
        assertThat(line(profile.facts(), "made by").values()).singleElement()
                .satisfies(v -> assertThat(v.sources()).hasSameSizeAs(graphs));
    }

    @Test
    void sourcesAreNumberedOnceAndTheSummaryCitesOnlyTheFirstOnes() {
        Profile profile = profiles.of(id("deepseek"));
        assertThat(profile.sources()).extracting(Source::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, profile.sources().size()).boxed().toList());
        assertThat(profile.sources()).extracting(Source::graph).doesNotHaveDuplicates();
        List<Integer> cited = profile.sections().stream().flatMap(s -> s.entries().stream())
                .flatMap(e -> e.head().sources().stream()).toList();
        assertThat(cited).allMatch(n -> n <= profile.summarySources());
    }

    @Test
    void aSourceCountsItsStatementsAndListsTheEntitiesItDescribes() {
        Node source = BundledTriG.iri("https://w3id.org/aikg/source/computerworld-ai-bust");
        Profile profile = profiles.of(source);
        assertThat(line(profile.facts(), "statements in this source").values().getFirst().plain())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", TRIG.size(source)));
        Section described = section(profile, "Entities it describes");
        assertThat(described.total()).isEqualTo(TRIG.iriSubjects(source));
        assertThat(described.entries()).hasSize(Folds.LIST_CAP);
        assertThat(ProfileText.summary(profile)).contains("and " + (TRIG.iriSubjects(source) - Folds.LIST_CAP) + " more");
    }

    @Test
    void aHubWithThousandsOfLinksIsCutToAFewEntriesWithTheTotal(@TempDir Path tmp) throws IOException {
        int models = 3000;
        Path file = tmp.resolve("hub.trig");
        Files.writeString(file, "@prefix id: <https://w3id.org/aikg/id/> .\n@prefix schema: <https://schema.org/> .\n"
                + "@prefix aikg: <https://w3id.org/aikg/ns#> .\n<https://w3id.org/aikg/source/hub-test> {\n"
                + "id:hub-lab a aikg:AILab ; schema:name \"Hub Lab\" .\n"
                + IntStream.range(0, models).mapToObj(i -> "id:hub-model-" + i + " a aikg:AIModel ; schema:name \"Hub model " + i
                        + "\" ; schema:creator id:hub-lab .").collect(Collectors.joining("\n"))
                + "\n}\n");
        try (KnowledgeGraph hub = KnowledgeGraph.inMemory()) {
            hub.load(file, null, null, org.aikg.core.load.Progress.NONE);
            Profile profile = new Profiles(new QueryRunner(hub.store())).of(id("hub-lab"));
            Section made = section(profile, "Models and works");
            assertThat(made.total()).isEqualTo(models);
            assertThat(made.entries()).hasSize(Folds.LIST_CAP);
            assertThat(made.more()).isEqualTo(models - Folds.LIST_CAP);
            assertThat(profile.statements().incomingTotal()).isEqualTo(models);
            assertThat(profile.statements().incoming()).hasSize(Statements.INCOMING_CAP);
            assertThat(ProfileText.full(profile)).contains("and " + (models - Statements.INCOMING_CAP) + " more");
        }
    }

    @Test
    void anEntityTheStoreSaysNothingAboutIsNotFound() {
        assertThatThrownBy(() -> profiles.of(id("no-such-thing")))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.NOT_FOUND))
                .hasMessage("Nothing is said about id:no-such-thing");
    }

    @Test
    void aMistypedNameSuggestsTheClosestNames() {
        assertThat(profiles.closest("DeepSek-V3", 3)).first()
                .satisfies(s -> assertThat(s.entity()).isEqualTo(id("deepseek-v3")))
                .satisfies(s -> assertThat(s.name()).isEqualTo(TRIG.name(id("deepseek-v3"))));
        assertThat(profiles.closest("nvida", 3)).extracting(Suggestion::entity).contains(id("nvidia"));
        assertThat(profiles.closest("qqqqqqqqqqqq", 3)).isEmpty();
    }

    @Test
    void theTerminalTextCarriesTheSummaryThenWithAllTheStatementsAndLinks() {
        Profile profile = profiles.of(id("deepseek-v3"));
        String summary = ProfileText.summary(profile);
        String full = ProfileText.full(profile);
        assertThat(summary).startsWith(TRIG.name(id("deepseek-v3")) + " (id:deepseek-v3)\nAI model\n")
                .contains("\nTraining run\n", "\nSources\n  [1] ")
                .doesNotContain("\nStatements (");
        assertThat(full).contains("\nStatements (" + profile.statements().rows().size() + ")\n",
                "\nLinked from (" + profile.statements().incomingTotal() + ")\n", "685000000000");
        assertThat(full.indexOf("\nStatements (")).isGreaterThan(full.indexOf("\nTraining run\n"));
        assertThat(full.indexOf("\nSources\n")).isGreaterThan(full.indexOf("\nLinked from ("));
    }
}

package org.aikg.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private static final EpochTable EPOCH = new EpochTable(TRIG);
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

    /** The graphs that give the figure, and the ones that give an equal figure. */
    private static Map<BigDecimal, Set<Node>> graphsByValue(List<BundledTriG.Figure> figures) {
        Map<BigDecimal, Set<Node>> byValue = new TreeMap<>();
        figures.forEach(f -> byValue.computeIfAbsent(f.value(), k -> new HashSet<>()).add(f.graph()));
        return byValue;
    }

    private static List<String> titles(Profile profile, List<Integer> numbers) {
        return numbers.stream().map(n -> titleOf(profile, n)).toList();
    }

    private static List<String> titles(Collection<Node> graphs) {
        return graphs.stream().map(TRIG::title).toList();
    }

    /** The person the store calls by exactly this name. */
    private static Node personNamed(String name) {
        return graph.store().read(() -> {
            try (var exec = graph.store().queryBuilder()
                    .query("SELECT ?p WHERE { ?p <https://schema.org/name> ?n ; a <https://schema.org/Person> }")
                    .substitution("n", org.apache.jena.graph.NodeFactory.createLiteralString(name)).build()) {
                return exec.select().next().get("p");
            }
        });
    }

    /** The qualifier aikg gives an Epoch figure of the row, by the row's Confidence, as the mapping's header says. */
    private static Node epochConfidence(Map<String, String> row) {
        String confidence = row.get("Confidence");
        return BundledTriG.iri(BundledTriG.NS + (confidence.isEmpty() || confidence.equals("Unknown") ? "UnknownConfidence" : confidence));
    }

    @Test
    void deepSeekV3ShowsEachParameterCountOnceWithAllItsSourcesAndItsDefinitionAndNoDisagreement() {
        List<BundledTriG.Figure> counts = new ArrayList<>(TRIG.figures(id("deepseek-v3"), BundledTriG.NS + "parameterCount"));
        Map<String, String> row = EPOCH.row("DeepSeek-V3");
        counts.add(new BundledTriG.Figure(new BigDecimal(row.get("Parameters")), BundledTriG.EPOCH, epochConfidence(row), null));
        Map<BigDecimal, Set<Node>> byValue = graphsByValue(counts);
        assertThat(byValue.keySet()).map(BigDecimal::toBigInteger).map(Object::toString)
                .containsExactly("671000000000", "685000000000");
        Profile profile = profiles.of(id("deepseek-v3"));
        Line parameters = line(profile.facts(), "parameter count");
        assertThat(parameters.values()).hasSize(2);
        assertThat(parameters.disagreement()).isFalse();
        byValue.forEach((value, graphs) -> {
            Value shown = valueWith(parameters, value.movePointLeft(9).stripTrailingZeros().toPlainString() + " billion parameters (");
            assertThat(titles(profile, shown.sources())).containsExactlyInAnyOrderElementsOf(titles(graphs));
            Node definition = counts.stream().filter(f -> f.value().compareTo(value) == 0)
                    .map(BundledTriG.Figure::definition)
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            assertThat(shown.plain()).contains("(" + TRIG.label(definition) + ";");
        });
        Value epochValue = valueWith(parameters, new BigDecimal(row.get("Parameters")).movePointLeft(9).stripTrailingZeros().toPlainString() + " billion");
        int epochNumber = profile.sources().stream().filter(src -> src.graph().equals(BundledTriG.EPOCH)).findFirst().orElseThrow().number();
        assertThat(epochValue.plain()).contains(TRIG.label(epochConfidence(row)) + " [" + epochNumber + "]");
        assertThat(ProfileText.summary(profile)).containsPattern("parameter count +685 billion parameters \\(" + TRIG.label(
                BundledTriG.iri(BundledTriG.NS + "CheckpointParameters")) + "; [^)]*\\) (\\[\\d\\])+; 671 billion parameters \\(.*\\) (\\[\\d\\])+\n");
    }

    @Test
    void theTrainingRunIsFoldedIntoTheModelWithHardwareGpuHoursComputeAndCostsKeptApartByDollarYear() {
        Node run = TRIG.subjects(BundledTriG.PROV + "generated", id("deepseek-v3")).getFirst();
        List<BundledTriG.Figure> hours = TRIG.figures(run, BundledTriG.NS + "gpuHours");
        assertThat(hours).extracting(BundledTriG.Figure::value).containsOnly(new BigDecimal("2788000"));
        List<BundledTriG.Figure> nominal = TRIG.figures(run, BundledTriG.NS + "trainingCost");
        assertThat(nominal).extracting(BundledTriG.Figure::value).containsOnly(new BigDecimal("5576000"));
        Map<String, String> row = EPOCH.row("DeepSeek-V3");
        Node hardware = TRIG.first(Node.ANY, run, BundledTriG.PROV + "used");
        List<Node> hardwareGraphs = new ArrayList<>(TRIG.graphs(run, BundledTriG.PROV + "used", hardware));
        if (EpochTable.items(row.get("Training hardware")).stream().anyMatch(h -> hardware.getURI().equals(EPOCH.key(EpochTable.HARDWARE, h)))) {
            hardwareGraphs.add(BundledTriG.EPOCH);
        }
        Profile profile = profiles.of(id("deepseek-v3"));
        Entry training = section(profile, "Training run").entries().getFirst();
        assertThat(training.head().words().getFirst().link()).isEqualTo(run);
        assertThat(training.lines()).extracting(Line::label).containsSubsequence("hardware", "hardware quantity", "GPU-hours",
                "training compute", "training cost");

        Line used = line(training.lines(), "hardware");
        assertThat(used.values()).singleElement().satisfies(v -> {
            assertThat(v.plain()).isEqualTo(TRIG.name(hardware));
            assertThat(titles(profile, v.sources())).containsExactlyInAnyOrderElementsOf(titles(hardwareGraphs));
        });
        Line gpuHours = line(training.lines(), "GPU-hours");
        assertThat(gpuHours.values()).singleElement().satisfies(v -> {
            assertThat(v.plain()).startsWith("2.788 million GPU-hours");
            assertThat(titles(profile, v.sources())).containsExactlyInAnyOrderElementsOf(titles(hours.stream().map(BundledTriG.Figure::graph).toList()));
        });
        assertThat(line(training.lines(), "hardware quantity").values()).singleElement().extracting(Value::plain).asString()
                .startsWith(NumberWords.grouped(new BigDecimal(row.get("Hardware quantity")).stripTrailingZeros()) + " chips");

        Line cost = line(training.lines(), "training cost");
        assertThat(cost.disagreement()).isFalse();
        assertThat(cost.values()).hasSize(2);
        Value dollars = valueWith(cost, "5.576 million USD (" + TRIG.label(nominal.getFirst().qualifier()) + ")");
        assertThat(titles(profile, dollars.sources())).containsExactlyInAnyOrderElementsOf(titles(nominal.stream().map(BundledTriG.Figure::graph).toList()));
        BigDecimal constant = new BigDecimal(row.get("Training compute cost (2023 USD)"));
        Value dollars2023 = valueWith(cost, constant.round(new java.math.MathContext(4)).movePointLeft(6).stripTrailingZeros().toPlainString()
                + " million 2023 USD");
        assertThat(titles(profile, dollars2023.sources())).containsExactly(TRIG.title(BundledTriG.EPOCH));
        assertThat(cost.notes()).singleElement().extracting(Value::plain).asString().contains("2 US dollars per H800 GPU-hour");
    }

    @Test
    void nvidiaShowsTheOneDayLossFiguresSideBySideAsADisagreement() {
        Node loss = TRIG.subjects(BundledTriG.NS + "subject", id("nvidia")).stream()
                .filter(e -> !TRIG.figures(e, BundledTriG.NS + "amount").isEmpty()).findFirst().orElseThrow();
        List<BundledTriG.Figure> amounts = TRIG.figures(loss, BundledTriG.NS + "amount");
        assertThat(amounts).hasSize(3).extracting(BundledTriG.Figure::value).doesNotHaveDuplicates();
        Profile profile = profiles.of(id("nvidia"));
        Entry event = section(profile, "Market events").entries().stream()
                .filter(e -> e.head().words().getFirst().link().equals(loss)).findFirst().orElseThrow();
        Line amount = line(event.lines(), "amount");
        assertThat(amount.disagreement()).isTrue();
        assertThat(amount.values()).hasSize(3);
        for (BundledTriG.Figure figure : amounts) {
            Value value = valueWith(amount, figure.value().movePointLeft(9).stripTrailingZeros().toPlainString() + " billion USD ("
                    + TRIG.label(figure.qualifier()) + ")");
            assertThat(titles(profile, value.sources())).containsExactly(TRIG.title(figure.graph()));
        }
        assertThat(ProfileText.summary(profile)).containsPattern("amount +600 billion USD .*; 465 billion USD .*; 593 billion USD .* \\(sources disagree\\)");
    }

    @Test
    void aDateGivenToTheMonthReadsAsTheMonthAndAgreesWithADayInIt() {
        Node loss = id("nvidia-loss-2025-01");
        Map<String, Set<Node>> expected = new HashMap<>();
        for (Node g : TRIG.graphs(loss, BundledTriG.SCHEMA + "startDate", Node.ANY)) {
            LocalDate date = LocalDate.parse(TRIG.first(g, loss, BundledTriG.SCHEMA + "startDate").getLiteralLexicalForm());
            Node precision = TRIG.first(g, loss, BundledTriG.NS + "startDatePrecision");
            String words = precision != null && precision.getURI().equals(BundledTriG.TIME + "unitMonth")
                    ? date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                    : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            expected.computeIfAbsent(words, k -> new HashSet<>()).add(g);
        }
        assertThat(expected).containsOnlyKeys("January 2025", "27 January 2025");
        Profile profile = profiles.of(id("nvidia"));
        Entry event = section(profile, "Market events").entries().getFirst();
        Line date = line(event.lines(), "date");
        assertThat(date.values()).hasSize(2);
        expected.forEach((words, graphs) -> assertThat(date.values()).filteredOn(v -> v.plain().equals(words)).singleElement()
                .satisfies(v -> assertThat(titles(profile, v.sources())).containsExactlyInAnyOrderElementsOf(titles(graphs))));
        assertThat(date.disagreement()).isFalse();
        assertThat(ProfileText.full(profile)).doesNotContainPattern("(?<!\\d)1 January 2025").doesNotContain("2025-01-01");
    }

    @Test
    void aFigureReportedAsOfAMonthSaysSo() {
        Node valuation = id("openai-valuation-2025-01");
        Node graph = TRIG.graphs(valuation, BundledTriG.NS + "asOf", Node.ANY).getFirst();
        assertThat(TRIG.first(graph, valuation, BundledTriG.NS + "asOfPrecision")).isEqualTo(BundledTriG.iri(BundledTriG.TIME + "unitMonth"));
        String month = LocalDate.parse(TRIG.first(graph, valuation, BundledTriG.NS + "asOf").getLiteralLexicalForm())
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        BundledTriG.Figure value = TRIG.figures(valuation, BundledTriG.NS + "amount").getFirst();
        Entry event = section(profiles.of(id("openai")), "Market events").entries().stream()
                .filter(e -> e.head().words().getFirst().link().equals(valuation)).findFirst().orElseThrow();
        assertThat(line(event.lines(), "amount").values()).singleElement().extracting(Value::plain).asString()
                .startsWith(value.value().movePointLeft(9).stripTrailingZeros().toPlainString() + " billion USD (")
                .endsWith("; as of " + month + ")");
        assertThat(event.lines()).extracting(Line::label).doesNotContain("as of", TRIG.label(BundledTriG.iri(BundledTriG.NS + "asOfPrecision")));
    }

    @Test
    void aLowerBoundAndARoundedFigureThatFitsItAgreeAndStayDistinct() {
        Node run = TRIG.subjects(BundledTriG.PROV + "generated", id("llama-3-1-405b")).getFirst();
        List<BundledTriG.Figure> figures = TRIG.figures(run, BundledTriG.NS + "gpuHours");
        assertThat(figures).extracting(f -> f.qualifier().getURI())
                .containsExactlyInAnyOrder(BundledTriG.NS + "LowerBound", BundledTriG.NS + "Rounded");
        BundledTriG.Figure bound = figures.stream().filter(f -> f.qualifier().getURI().endsWith("LowerBound")).findFirst().orElseThrow();
        BundledTriG.Figure rounded = figures.stream().filter(f -> f != bound).findFirst().orElseThrow();
        assertThat(bound.value()).isLessThanOrEqualTo(rounded.value());
        Entry training = section(profiles.of(id("llama-3-1-405b")), "Training run").entries().getFirst();
        Line hours = line(training.lines(), "GPU-hours");
        assertThat(hours.values()).extracting(Value::plain).containsExactlyInAnyOrder(
                "at least " + bound.value().movePointLeft(6).stripTrailingZeros().toPlainString() + " million GPU-hours",
                rounded.value().movePointLeft(6).stripTrailingZeros().toPlainString() + " million GPU-hours (" + TRIG.label(rounded.qualifier()) + ")");
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
        List<Node> graphs = new ArrayList<>(TRIG.graphs(v3, BundledTriG.SCHEMA + "creator", id("deepseek")));
        if (EpochTable.items(EPOCH.row("DeepSeek-V3").get("Organization")).stream()
                .anyMatch(o -> EPOCH.key(EpochTable.ORGANIZATION, o).equals(id("deepseek").getURI()))) {
            graphs.add(BundledTriG.EPOCH);
        }
        assertThat(graphs).hasSizeGreaterThan(1);
        Profile profile = profiles.of(v3);
        List<StatementRow> creators = profile.statements().rows().stream()
                .filter(r -> r.property().text().equals("schema:creator")).toList();
        assertThat(creators).singleElement().satisfies(row ->
                assertThat(titles(profile, row.sources())).containsExactlyInAnyOrderElementsOf(titles(graphs)));
        assertThat(line(profile.facts(), "made by").values()).singleElement()
                .satisfies(v -> assertThat(titles(profile, v.sources())).containsExactlyInAnyOrderElementsOf(titles(graphs)));
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
    void epochsTableAsASourceIsCutToAFewEntitiesWithItsTotalsAndItsKinds() {
        Set<String> models = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (Map<String, String> row : EPOCH.rows()) {
            models.add(EPOCH.key(EpochTable.MODEL, row.get("Model")));
            EpochTable.baseModels(row).forEach(b -> models.add(EPOCH.key(EpochTable.MODEL, b)));
            EpochTable.authors(row).forEach(a -> people.add(EPOCH.key(EpochTable.PERSON, a)));
        }
        Profile profile = profiles.of(BundledTriG.EPOCH);
        assertThat(line(profile.facts(), "things it describes").values()).singleElement().extracting(Value::plain).asString()
                .contains(String.format(Locale.ENGLISH, "%,d AI models", models.size()), String.format(Locale.ENGLISH, "%,d people", people.size()));
        Section described = section(profile, "Entities it describes");
        assertThat(described.total()).isGreaterThan(models.size() + people.size());
        assertThat(described.entries()).hasSize(Folds.LIST_CAP);
        String summary = ProfileText.summary(profile);
        assertThat(summary).contains(String.format(Locale.ENGLISH, "  and %,d more\n", described.total() - Folds.LIST_CAP));
        assertThat(summary.lines().count()).isLessThan(60);
    }

    @Test
    void theMostProlificAuthorOfEpochsTableListsTheirModelsCappedWithTheTotal() {
        Map<String, Set<String>> authored = new HashMap<>();
        for (Map<String, String> row : EPOCH.rows()) {
            String model = EPOCH.key(EpochTable.MODEL, row.get("Model"));
            EpochTable.authors(row).forEach(a -> authored.computeIfAbsent(a, k -> new HashSet<>()).add(model));
        }
        Map.Entry<String, Set<String>> most = authored.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())).orElseThrow();
        assertThat(most.getValue().size()).isGreaterThan(Folds.LIST_CAP);
        Node person = personNamed(most.getKey());
        Profile profile = profiles.of(person);
        assertThat(profile.name()).isEqualTo(most.getKey());
        Section works = section(profile, "Authored");
        assertThat(works.total()).isEqualTo(most.getValue().size());
        assertThat(works.entries()).hasSize(Folds.LIST_CAP)
                .extracting(e -> e.head().words().getFirst().text())
                .allSatisfy(name -> assertThat(most.getValue().stream().map(EPOCH::name)).contains(name));
        assertThat(ProfileText.summary(profile)).contains(String.format(Locale.ENGLISH, "  and %,d more\n", most.getValue().size() - Folds.LIST_CAP));
    }

    @Test
    void aModelWithHundredsOfAuthorsNamesAFewAndCountsTheRest() {
        Set<String> authors = new HashSet<>();
        EpochTable.authors(EPOCH.row("GPT-4")).forEach(a -> authors.add(EPOCH.key(EpochTable.PERSON, a)));
        assertThat(authors.size()).isGreaterThan(LineBuilder.LINE_CAP);
        Line line = line(profiles.of(id("gpt-4")).facts(), "authors");
        assertThat(line.values()).singleElement().satisfies(v -> {
            assertThat(v.words().stream().filter(w -> w.link() != null)).hasSize(LineBuilder.LINE_CAP)
                    .allSatisfy(w -> assertThat(authors.stream().map(EPOCH::name)).contains(w.text()));
            assertThat(v.plain()).endsWith(" and " + (authors.size() - LineBuilder.LINE_CAP) + " more");
            assertThat(titles(profiles.of(id("gpt-4")), v.sources())).containsExactly(TRIG.title(BundledTriG.EPOCH));
        });
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
            assertThat(ProfileText.full(profile)).contains(String.format(Locale.ENGLISH, "and %,d more", models - Statements.INCOMING_CAP));
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

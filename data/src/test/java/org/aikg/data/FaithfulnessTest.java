package org.aikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article's graph against the article itself: nothing copied from it, nothing of its figures and dates missing. */
class FaithfulnessTest {

    private static final int RUN = 10;
    private static final String PREFIXES = """
            PREFIX aikg: <https://w3id.org/aikg/ns#>
            PREFIX src: <https://w3id.org/aikg/source/>
            PREFIX schema: <https://schema.org/>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static String article;
    private static Dataset bundle;

    @BeforeAll
    static void load() {
        try (InputStream in = FaithfulnessTest.class.getClassLoader()
                .getResourceAsStream("org/aikg/data/computerworld-ai-bust.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = BundledData.load();
        bundle = DatasetFactory.wrap(dsg);
    }

    /** Lower-case words, with punctuation, quotes and dashes treated as spaces. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    static Set<String> runs(String text) {
        List<String> w = words(text);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= w.size(); i++) {
            runs.add(String.join(" ", w.subList(i, i + RUN)));
        }
        return runs;
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(bundle).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<String> copied(List<String> texts) {
        Set<String> source = runs(article);
        List<String> copied = new ArrayList<>();
        for (String text : texts) {
            runs(text).stream().filter(source::contains).findFirst().ifPresent(run -> copied.add(run + "  <-  " + text));
        }
        return copied;
    }

    @Test
    void noClaimParaphraseSharesARunOfTenWordsWithTheArticle() {
        List<String> paraphrases = select("SELECT ?t { GRAPH ?g { ?c aikg:paraphrase ?t } }").stream()
                .map(r -> r.getLiteral("t").getLexicalForm()).toList();
        assertThat(paraphrases).hasSizeGreaterThanOrEqualTo(21);
        assertThat(copied(paraphrases)).isEmpty();
    }

    @Test
    void noOtherTextInTheArticlesGraphSharesARunOfTenWordsWithIt() {
        List<String> texts = select("""
                SELECT ?t { GRAPH src:computerworld-ai-bust { ?s ?p ?t FILTER (isLiteral(?t) && !isNumeric(?t)) } }
                """).stream().map(r -> r.getLiteral("t").getLexicalForm()).toList();
        assertThat(texts).isNotEmpty();
        assertThat(copied(texts)).isEmpty();
    }

    @Test
    void theCheckFindsASentenceCopiedFromTheArticle() {
        List<String> w = words(article);
        String lifted = "As the column puts it, " + String.join(" ", w.subList(200, 212)) + ".";
        assertThat(copied(List.of(lifted))).hasSize(1);
        assertThat(copied(List.of("DeepSeek is cheap, says the column, cheaper than anyone expected it to be."))).isEmpty();
    }

    /** One figure of the article: the property it is recorded under, its value, and its qualifier as the article words it. */
    record Figure(String property, String value, String qualifier) {}

    @Test
    void everyFigureOfTheArticleIsAValueInItsGraphWithTheQualifierItsWordingGives() {
        List<Figure> expected = List.of(
                new Figure("indexLevel", "5048.62", "Exact"),            // peaked at 5,048.62 points
                new Figure("changePercent", "800", "Rounded"),           // up 800% from 1995
                new Figure("changePercent", "-78", "Rounded"),           // had fallen 78% from its peak
                new Figure("amount", "465000000000", "Rounded"),         // Nvidia's $465 billion rout
                new Figure("gpuHours", "2788000", "Exact"),              // 2,788,000 H800 GPU hours
                new Figure("trainingCost", "5576000", "Estimate"),       // an estimated cost of $5,576,000
                new Figure("parameterCount", "685000000000", "Rounded"), // DeepSeek v3's 685B parameters
                new Figure("parameterCount", "405000000000", "Rounded"), // Llama 3.1 405B
                new Figure("gpuHours", "30800000", "LowerBound"),        // more than 30.8 million GPU hours
                new Figure("trainingTokens", "15000000000000", "Rounded"), // 15 trillion tokens
                new Figure("price", "0.14", "Exact"),                    // 14 cents for a million tokens
                new Figure("price", "7.50", "Exact"),                    // OpenAI's $7.50
                new Figure("amount", "157000000000", "Rounded"),         // market value stands at $157 billion
                new Figure("sharePercent", "50", "LowerBound"),          // over 50% of the S&P 500's gains
                new Figure("claimedFactor", "50", ""),                   // by 50x
                new Figure("claimedFactor", "11", ""));                  // trained on 11x that
        List<Figure> inGraph = select("""
                SELECT ?p ?v ?q { GRAPH src:computerworld-ai-bust {
                    { ?s ?p ?n . ?n qudt:numericValue|schema:value ?v . OPTIONAL { ?n aikg:qualifier ?q } }
                    UNION { ?s ?p ?v FILTER (isNumeric(?v)) OPTIONAL { ?s aikg:qualifier ?q } } } }
                """).stream().map(r -> new Figure(r.getResource("p").getLocalName(),
                        r.getLiteral("v").getLexicalForm(),
                        r.contains("q") ? r.getResource("q").getLocalName() : "")).toList();
        for (Figure f : expected) {
            assertThat(inGraph).as("%s", f).anyMatch(g -> g.property().equals(f.property())
                    && new BigDecimal(g.value()).compareTo(new BigDecimal(f.value())) == 0
                    && g.qualifier().equals(f.qualifier()));
        }
    }

    /** One date of the article, as the first day of the period it names, and that period's OWL-Time unit. */
    record Dated(String date, String unit) {}

    @Test
    void everyDateOfTheArticleIsInTheGraphWithItsPrecision() {
        List<Dated> expected = List.of(
                new Dated("2000-03-10", "unitDay"),    // March 10, 2000
                new Dated("1995-01-01", "unitYear"),   // up 800% from 1995
                new Dated("2002-10-01", "unitMonth"),  // by October 2002
                new Dated("2024-01-01", "unitYear"),   // the S&P 500's gains in 2024
                new Dated("2025-01-01", "unitMonth")); // not even a month into 2025, this week
        List<Dated> inGraph = select("""
                SELECT ?d ?unit { GRAPH ?g { ?s ?p ?d FILTER (datatype(?d) = <http://www.w3.org/2001/XMLSchema#date>)
                    BIND (IRI(CONCAT("https://w3id.org/aikg/ns#", REPLACE(STR(?p), "^.*[/#]", ""), "Precision")) AS ?pp)
                    OPTIONAL { ?s ?pp ?u } }
                  FILTER (?g IN (src:computerworld-ai-bust, <https://w3id.org/aikg/graph/sources>))
                  FILTER (?g != <https://w3id.org/aikg/graph/sources> || ?s = src:computerworld-ai-bust)
                  BIND (COALESCE(?u, time:unitDay) AS ?unit) }
                """).stream().map(r -> new Dated(r.getLiteral("d").getLexicalForm(), r.getResource("unit").getLocalName()))
                .toList();
        assertThat(inGraph).containsAll(expected);
        assertThat(select("""
                SELECT ?c { GRAPH src:computerworld-ai-bust { ?c aikg:paraphrase ?t FILTER CONTAINS(?t, "1989") } }
                """)).as("the year of the aside on Tiananmen Square").isNotEmpty();
    }
}

package org.aikg.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRunner;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Class pages over the bundled graph with Epoch's table: the expected models, organizations and years come from the
 * TriG files (read with Jena's parser) and the CSV (read with Commons CSV, names matched to the registry as the mapping says).
 */
class ListingsTest {

    private static final BundledTriG TRIG = new BundledTriG();
    private static final EpochTable EPOCH = new EpochTable(TRIG);
    private static final Node MODEL = BundledTriG.iri(BundledTriG.NS + "AIModel");
    private static KnowledgeGraph graph;
    private static Listings listings;

    @BeforeAll
    static void open() {
        graph = KnowledgeGraph.inMemory();
        listings = new Listings(new QueryRunner(graph.store()));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    /** Every model the data names: typed in the TriG files, or a row or a base model of the table. */
    private static Set<String> models() {
        Set<String> models = new HashSet<>();
        TRIG.instances(EpochTable.MODEL).forEach(m -> models.add(m.getURI()));
        for (Map<String, String> row : EPOCH.rows()) {
            models.add(EPOCH.key(EpochTable.MODEL, row.get("Model")));
            EpochTable.baseModels(row).forEach(b -> models.add(EPOCH.key(EpochTable.MODEL, b)));
        }
        return models;
    }

    /** The models each organization made, by the organization's name: the TriG files' creators and the table's organizations. */
    private static Map<String, Set<String>> modelsByOrganization() {
        Map<String, Set<String>> made = new HashMap<>();
        for (Node m : TRIG.instances(EpochTable.MODEL)) {
            for (Node org : TRIG.objects(m, BundledTriG.SCHEMA + "creator")) {
                made.computeIfAbsent(TRIG.name(org), k -> new HashSet<>()).add(m.getURI());
            }
        }
        for (Map<String, String> row : EPOCH.rows()) {
            String model = EPOCH.key(EpochTable.MODEL, row.get("Model"));
            for (String org : EpochTable.items(row.get("Organization"))) {
                made.computeIfAbsent(EPOCH.name(EPOCH.key(EpochTable.ORGANIZATION, org)), k -> new HashSet<>()).add(model);
            }
        }
        return made;
    }

    @Test
    void theModelsAreListedByNameAPageAtATime() {
        List<String> names = models().stream().map(EPOCH::name).sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))).toList();
        assertThat(names).hasSizeGreaterThan(800);
        Listing first = listings.list(new ListingRequest(MODEL, Map.of(), 1, 50));
        assertThat(first.total()).isEqualTo(names.size());
        assertThat(first.pages()).isEqualTo((names.size() + 49) / 50);
        assertThat(first.rows()).extracting(r -> r.entity().text()).containsExactlyElementsOf(names.subList(0, 50));
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        Listing last = listings.list(new ListingRequest(MODEL, Map.of(), (int) first.pages(), 50));
        assertThat(last.rows()).extracting(r -> r.entity().text())
                .containsExactlyElementsOf(names.subList(50 * ((int) first.pages() - 1), names.size()));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void facetsCountTheModelsOfEachOrganizationAndFilterByIt() {
        Map<String, Set<String>> made = modelsByOrganization();
        Map.Entry<String, Set<String>> busiest = made.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())).orElseThrow();
        Listing all = listings.list(new ListingRequest(MODEL, Map.of(), 1, 50));
        Facet organizations = all.facets().stream().filter(f -> f.name().equals("organization")).findFirst().orElseThrow();
        assertThat(organizations.values().getFirst().label()).isEqualTo(busiest.getKey());
        assertThat(organizations.values().getFirst().count()).isEqualTo(busiest.getValue().size());

        Node deepseek = BundledTriG.iri(BundledTriG.ID + "deepseek");
        Set<String> byDeepSeek = made.get(TRIG.name(deepseek));
        Listing filtered = listings.list(new ListingRequest(MODEL, Map.of("organization", deepseek), 1, 50));
        assertThat(filtered.total()).isEqualTo(byDeepSeek.size());
        assertThat(filtered.rows()).extracting(r -> r.entity().text())
                .containsExactlyInAnyOrderElementsOf(byDeepSeek.stream().map(EPOCH::name).toList());
        assertThat(filtered.facets().stream().filter(f -> f.name().equals("organization")).findFirst().orElseThrow().values())
                .filteredOn(Facet.FacetValue::selected).extracting(Facet.FacetValue::value).containsExactly(deepseek);
    }

    @Test
    void theYearFacetFiltersByTheYearOfPublication() {
        Set<String> in2024 = new HashSet<>();
        TRIG.instances(EpochTable.MODEL).stream()
                .filter(m -> TRIG.texts(m, BundledTriG.SCHEMA + "datePublished").stream().anyMatch(d -> d.startsWith("2024")))
                .forEach(m -> in2024.add(m.getURI()));
        EPOCH.rows().stream().filter(r -> r.get("Publication date").startsWith("2024"))
                .forEach(r -> in2024.add(EPOCH.key(EpochTable.MODEL, r.get("Model"))));
        Listing listing = listings.list(new ListingRequest(MODEL, Map.of("year", NodeFactory.createLiteralString("2024")), 1, 50));
        assertThat(listing.total()).isEqualTo(in2024.size());
        assertThat(listing.rows()).allSatisfy(r -> assertThat(r.date()).endsWith("2024"));
    }

    @Test
    void theAccessFacetCountsEveryOpenWeightsLevelUnderOpenWeightsAndFiltersTheSame() {
        Node open = BundledTriG.iri(BundledTriG.NS + "OpenWeights");
        Set<String> openModels = new HashSet<>();
        TRIG.instances(EpochTable.MODEL).stream()
                .filter(m -> TRIG.objects(m, BundledTriG.NS + "accessLevel").stream().anyMatch(a -> TRIG.broaderOrSelf(a, open)))
                .forEach(m -> openModels.add(m.getURI()));
        EPOCH.rows().stream().filter(r -> r.get("Model accessibility").startsWith("Open weights"))
                .forEach(r -> openModels.add(EPOCH.key(EpochTable.MODEL, r.get("Model"))));
        Facet access = listings.list(new ListingRequest(MODEL, Map.of(), 1, 50)).facets().stream()
                .filter(f -> f.name().equals("access")).findFirst().orElseThrow();
        assertThat(access.values()).filteredOn(v -> v.value().equals(open)).singleElement()
                .satisfies(v -> assertThat(v.count()).isEqualTo(openModels.size()))
                .satisfies(v -> assertThat(v.label()).isEqualTo(TRIG.label(open)));
        assertThat(listings.list(new ListingRequest(MODEL, Map.of("access", open), 1, 50)).total()).isEqualTo(openModels.size());
    }

    @Test
    void aFacetAikgDoesNotHaveIsAUsageError() {
        assertThatThrownBy(() -> listings.list(new ListingRequest(MODEL, Map.of("colour", MODEL), 1, 50)))
                .hasMessageStartingWith("There is no facet 'colour'; facets are organization, year");
    }

    @Test
    void theCatalogueOfSourcesIsListedLikeAClass() {
        Listing sources = listings.list(new ListingRequest(Listings.SOURCES, Map.of(), 1, 100));
        assertThat(sources.title()).isEqualTo("Sources");
        assertThat(sources.rows()).extracting(r -> r.entity().text())
                .contains(TRIG.title(BundledTriG.iri("https://w3id.org/aikg/source/deepseek-v3-technical-report")),
                        TRIG.title(BundledTriG.EPOCH));
    }
}

package org.aikg.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.query.QueryRunner;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListingsTest {

    private static final BundledTriG TRIG = new BundledTriG();
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

    @Test
    void theModelsAreListedByNameAPageAtATime() {
        List<Node> models = TRIG.instances(BundledTriG.NS + "AIModel");
        List<String> names = models.stream().map(TRIG::name).sorted(Comparator.comparing(String::toLowerCase)).toList();
        Listing first = listings.list(new ListingRequest(MODEL, Map.of(), 1, 2));
        assertThat(first.total()).isEqualTo(models.size());
        assertThat(first.pages()).isEqualTo((models.size() + 1) / 2);
        assertThat(first.rows()).extracting(r -> r.entity().text()).containsExactlyElementsOf(names.subList(0, 2));
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        Listing last = listings.list(new ListingRequest(MODEL, Map.of(), (int) first.pages(), 2));
        assertThat(last.rows()).extracting(r -> r.entity().text()).containsExactlyElementsOf(names.subList(2 * ((int) first.pages() - 1), names.size()));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void facetsCountTheModelsOfEachOrganizationAndFilterByIt() {
        Node deepseek = BundledTriG.iri(BundledTriG.ID + "deepseek");
        long made = TRIG.instances(BundledTriG.NS + "AIModel").stream()
                .filter(m -> !TRIG.graphs(m, BundledTriG.SCHEMA + "creator", deepseek).isEmpty()).count();
        Listing all = listings.list(new ListingRequest(MODEL, Map.of(), 1, 50));
        Facet organizations = all.facets().stream().filter(f -> f.name().equals("organization")).findFirst().orElseThrow();
        assertThat(organizations.values()).filteredOn(v -> v.value().equals(deepseek)).singleElement()
                .satisfies(v -> assertThat(v.count()).isEqualTo(made))
                .satisfies(v -> assertThat(v.label()).isEqualTo(TRIG.name(deepseek)));
        Listing filtered = listings.list(new ListingRequest(MODEL, Map.of("organization", deepseek), 1, 50));
        assertThat(filtered.total()).isEqualTo(made);
        assertThat(filtered.facets().stream().filter(f -> f.name().equals("organization")).findFirst().orElseThrow().values())
                .filteredOn(Facet.FacetValue::selected).extracting(Facet.FacetValue::value).containsExactly(deepseek);
    }

    @Test
    void theYearFacetFiltersByTheYearOfPublication() {
        long in2024 = TRIG.instances(BundledTriG.NS + "AIModel").stream()
                .filter(m -> TRIG.texts(m, BundledTriG.SCHEMA + "datePublished").stream().anyMatch(d -> d.startsWith("2024"))).count();
        Listing listing = listings.list(new ListingRequest(MODEL, Map.of("year", NodeFactory.createLiteralString("2024")), 1, 50));
        assertThat(listing.total()).isEqualTo(in2024);
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
                .contains(TRIG.title(BundledTriG.iri("https://w3id.org/aikg/source/deepseek-v3-technical-report")));
    }
}

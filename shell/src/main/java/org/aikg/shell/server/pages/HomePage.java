package org.aikg.shell.server.pages;

import java.util.ArrayList;
import java.util.List;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.explore.Stats;
import org.aikg.core.profile.Listings;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The home page: what aikg is, search, the lists to browse (models, organizations, people, sources, events) and every class. */
public final class HomePage {

    private static final List<String> BROWSE = List.of(AIKG.NS + "AIModel", "https://schema.org/Organization",
            "https://schema.org/Person", Listings.SOURCES.getURI(), AIKG.NS + "MarketEvent");

    /** Classes of the parts of figures and memberships, whose members have no pages of their own. */
    private static final java.util.Set<String> PARTS = java.util.Set.of("schema:MonetaryAmount", "qudt:QuantityValue",
            "org:Membership", "schema:PostalAddress");

    private final KnowledgeGraph graph;
    private final Listings listings;

    public HomePage(KnowledgeGraph graph, Listings listings) {
        this.graph = graph;
        this.listings = listings;
    }

    public Page page() {
        return (req, resp, rest) -> {
            if (!rest.isEmpty()) {
                Router.notFound(resp, "There is no page at /" + rest, List.of());
                return;
            }
            Html.send(resp, "home.jte", view(true));
        };
    }

    /** The home page's view; served is false for the static site, which has no search or class pages. */
    public HomeView view(boolean served) {
        Stats stats = graph.explorer().stats();
        List<HomeView.Link> browse = new ArrayList<>();
        for (String iri : BROWSE) {
            Node type = NodeFactory.createURI(iri);
            long count = listings.count(type);
            if (count > 0) {
                String key = type.equals(Listings.SOURCES) ? "sources" : org.aikg.core.Prefixes.standard().qnameFor(iri);
                browse.add(new HomeView.Link(listings.title(type), "/class/" + key, count));
            }
        }
        List<HomeView.Link> classes = new ArrayList<>();
        stats.classes().forEach((name, count) -> {
            if (name.matches("(aikg|schema|prov|dcterms|skos|org):\\w+") && !PARTS.contains(name)) {
                classes.add(new HomeView.Link(name, "/class/" + name, count));
            }
        });
        return new HomeView(stats.quads(), stats.graphs(), browse, classes, served);
    }
}

package org.aikg.shell.picture.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.shell.picture.SvgDocument;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NeighbourhoodPictureTest {

    private static final String ID = "https://w3id.org/aikg/id/";
    private static KnowledgeGraph graph;
    private static BundledTriples bundle;

    @BeforeAll
    static void open() throws Exception {
        graph = KnowledgeGraph.inMemory();
        graph.update("DROP GRAPH <https://w3id.org/aikg/source/epoch-notable-ai-models>");
        bundle = new BundledTriples();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static String picture(String slug) throws Exception {
        Neighbourhood hood = new NeighbourhoodReader(graph).read(NodeFactory.createURI(ID + slug), Caps.DEFAULT);
        String svg = new NeighbourhoodSvg().render(hood);
        Path out = Path.of("target", "pictures", "neighbourhood-" + slug + ".svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg);
        return svg;
    }

    private static List<String> nodeTitles(SvgDocument svg) {
        return svg.groupsOfClass("node").stream().map(SvgDocument::titleOf).toList();
    }

    @Test
    void everyNamedNeighbourOfDeepSeekV3IsANodeOfItsPicture() throws Exception {
        Set<String> expected = bundle.namedNeighbours(ID + "deepseek-v3");
        assertThat(expected).isNotEmpty();

        List<String> titles = nodeTitles(SvgDocument.parse(picture("deepseek-v3")));

        for (String name : expected) {
            assertThat(titles).as("node for %s", name).anyMatch(t -> t.equals(name) || t.startsWith(name + " ("));
        }
    }

    @Test
    void figuresAppearAsNodesWithTheirUnitAndQualifierInWords() throws Exception {
        SvgDocument svg = SvgDocument.parse(picture("deepseek-v3"));

        // The model card's and the report's figures, which both sources give rounded (685B, 671B, 37B).
        assertThat(nodeTitles(svg)).contains("685 billion parameters (rounded)", "671 billion parameters (rounded)",
                "37 billion parameters (rounded)");
        assertThat(svg.groupsOfClass("node")).filteredOn(g -> g.getAttribute("class").equals("node figure")).hasSize(3);
    }

    @Test
    void theLegendNamesTheKindOfEveryLinkDrawnAndEverySource() throws Exception {
        SvgDocument svg = SvgDocument.parse(picture("deepseek-v3"));
        Element legend = svg.groupsOfClass("legend").getFirst();
        List<String> legendTexts = SvgDocument.textsIn(legend);

        Set<RelationKind> drawn = svg.groupsOfClass("link").stream()
                .map(g -> RelationKind.valueOf(g.getAttribute("class").split(" ")[1].toUpperCase()))
                .collect(Collectors.toSet());
        assertThat(drawn).contains(RelationKind.MAKER, RelationKind.FIGURE, RelationKind.CLAIM);
        for (RelationKind kind : drawn) {
            assertThat(legendTexts).contains(kind.label());
        }
        String legendText = String.join("\n", legendTexts);
        for (String title : bundle.titlesOfSourcesAbout(ID + "deepseek-v3")) {
            assertThat(legendText).contains(title);
        }
    }

    @Test
    void eachLinkNamesItsSourcesWhenHovered() throws Exception {
        SvgDocument svg = SvgDocument.parse(picture("deepseek-v3"));

        String creator = svg.groupsOfClass("link").stream().map(SvgDocument::titleOf)
                .filter(t -> t.startsWith("DeepSeek-V3 → creator → DeepSeek\n")).findFirst().orElseThrow();

        assertThat(creator).contains("The AI bust is here", "DeepSeek-V3 Technical Report",
                "deepseek-ai/DeepSeek-V3 model card");
    }

    @Test
    void aPersonIsLinkedToTheirOrganizationByTheirRole() throws Exception {
        SvgDocument svg = SvgDocument.parse(picture("stephen-ogrady"));

        assertThat(nodeTitles(svg)).anyMatch(t -> t.startsWith("RedMonk"));
        List<String> relations = svg.groupsOfClass("relation").stream()
                .flatMap(g -> SvgDocument.textsIn(g).stream()).toList();
        assertThat(relations).contains("co-founder, industry analyst");
    }

    @Test
    void aHubOfFiveThousandNeighboursShowsTheCapsAndSaysHowManyMore() throws Exception {
        try (KnowledgeGraph hubGraph = KnowledgeGraph.inMemory()) {
            StringBuilder update = new StringBuilder("""
                    PREFIX id: <https://w3id.org/aikg/id/>
                    INSERT DATA { GRAPH <https://w3id.org/aikg/source/test-hub> {
                      id:hub a aikg:AILab ; schema:name "Hub Labs" .
                    """);
            for (int i = 0; i < 5000; i++) {
                update.append("  id:hub-model-").append(i).append(" a aikg:AIModel ; schema:name \"Hub model ").append(i)
                        .append("\" ; schema:creator id:hub .\n");
            }
            hubGraph.update(update.append("} }").toString());
            Caps caps = new Caps(6, 30);

            Neighbourhood hood = new NeighbourhoodReader(hubGraph).read(NodeFactory.createURI(ID + "hub"), caps);
            SvgDocument svg = SvgDocument.parse(new NeighbourhoodSvg().render(hood));

            assertThat(svg.groupsOfClass("node")).hasSize(6);
            List<String> more = svg.groupsOfClass("more").stream().flatMap(g -> SvgDocument.textsIn(g).stream()).toList();
            assertThat(more).containsExactly("and 4,994 more");
            assertThat(hood.cutTotal()).isEqualTo(5000 - 6);
        }
    }

    @Test
    void everyLabelFitsInsideItsBoxWhenMeasuredWithThePlatformsSansSerifFont() throws Exception {
        FontRenderContext context = new FontRenderContext(null, true, true);
        for (String slug : List.of("deepseek-v3", "deepseek", "nvidia")) {
            SvgDocument svg = SvgDocument.parse(picture(slug));
            List<Element> boxes = new java.util.ArrayList<>();
            for (String kind : List.of("centre", "node", "relation", "more")) {
                boxes.addAll(svg.groupsOfClass(kind));
            }
            assertThat(boxes).isNotEmpty();
            for (Element box : boxes) {
                Element rect = (Element) box.getElementsByTagNameNS(SvgDocument.SVG_NS, "rect").item(0);
                double width = Double.parseDouble(rect.getAttribute("width"));
                NodeList texts = box.getElementsByTagNameNS(SvgDocument.SVG_NS, "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    Element text = (Element) texts.item(i);
                    float size = Float.parseFloat(text.getAttribute("font-size").isEmpty() ? "12"
                            : text.getAttribute("font-size"));
                    int style = text.getAttribute("font-weight").equals("bold") ? Font.BOLD : Font.PLAIN;
                    double measured = new Font(Font.SANS_SERIF, style, 1).deriveFont(size)
                            .getStringBounds(text.getTextContent(), context).getWidth();
                    assertThat(measured).as("'%s' in %s", text.getTextContent(), slug).isLessThanOrEqualTo(width);
                }
            }
        }
    }

    @Test
    void aLongNameIsWrappedOntoTwoLinesAndEndsWithAnEllipsis() {
        String name = "An exceedingly long organization name that goes on and on well past any box a reader "
                + "could take in at a glance, naming every subsidiary";
        Vertex centre = new Vertex("c", "Centre", NodeKind.MODEL, "");
        Vertex neighbour = new Vertex("n", name, NodeKind.ORGANIZATION, "company");
        Neighbourhood hood = new Neighbourhood(centre, List.of(neighbour),
                List.of(new Link("n", new Relation("creator", RelationKind.MAKER, false), List.of("s"))), List.of(),
                List.of(new Source("s", "A source")));

        SvgDocument svg = SvgDocument.parse(new NeighbourhoodSvg().render(hood));

        Element node = svg.groupsOfClass("node").getFirst();
        assertThat(SvgDocument.titleOf(node)).isEqualTo(name + " (company)");
        List<String> lines = SvgDocument.textsIn(node);
        assertThat(lines).hasSize(3).endsWith("company");
        assertThat(lines.get(0)).startsWith("An exceedingly long");
        assertThat(lines.get(1)).endsWith("…");
    }

    @Test
    void anEntityPointingAtManyKeepsTheFirstByNameAndItsOtherRelations() {
        try (KnowledgeGraph ownerGraph = KnowledgeGraph.inMemory()) {
            StringBuilder update = new StringBuilder("""
                    PREFIX id: <https://w3id.org/aikg/id/>
                    INSERT DATA { GRAPH <https://w3id.org/aikg/source/test-owner> {
                      id:owner a aikg:Company ; schema:name "Owner Inc" ; schema:location id:china .
                    """);
            for (int i = 0; i < 70; i++) {
                update.append(String.format("  id:owned-%02d a aikg:AIService ; schema:name \"Service %02d\" .%n", i, i));
                update.append(String.format("  id:owner schema:owns id:owned-%02d .%n", i));
            }
            ownerGraph.update(update.append("} }").toString());

            Neighbourhood hood = new NeighbourhoodReader(ownerGraph).read(NodeFactory.createURI(ID + "owner"),
                    new Caps(4, 30));

            assertThat(hood.neighbours()).extracting(Vertex::label)
                    .containsExactly("China", "Service 00", "Service 01", "Service 02", "Service 03");
            assertThat(hood.cuts()).singleElement().satisfies(c -> {
                assertThat(c.relation().label()).isEqualTo("owns");
                assertThat(c.more()).isEqualTo(66);
            });
        }
    }

    @Test
    void aQualifierThousandsOfFiguresUseCountsThemWithoutDrawingThem() {
        try (KnowledgeGraph figureGraph = KnowledgeGraph.inMemory()) {
            StringBuilder update = new StringBuilder("""
                    PREFIX id: <https://w3id.org/aikg/id/>
                    INSERT DATA { GRAPH <https://w3id.org/aikg/source/test-figures> {
                      id:rough a aikg:FigureQualifier ; skos:prefLabel "rough"@en .
                    """);
            for (int i = 0; i < 2000; i++) {
                update.append("  id:figure-model-").append(i).append(" aikg:parameterCount [ a qudt:QuantityValue ; ")
                        .append("qudt:numericValue ").append(1000 + i)
                        .append(" ; qudt:unit aikg:Parameter ; aikg:qualifier id:rough ] .\n");
            }
            figureGraph.update(update.append("} }").toString());

            Neighbourhood hood = new NeighbourhoodReader(figureGraph).read(NodeFactory.createURI(ID + "rough"),
                    Caps.DEFAULT);
            SvgDocument svg = SvgDocument.parse(new NeighbourhoodSvg().render(hood));

            assertThat(hood.cuts()).singleElement().satisfies(c -> {
                assertThat(c.relation().label()).isEqualTo("qualifier");
                assertThat(c.more()).isEqualTo(2000);
            });
            assertThat(svg.groupsOfClass("more").stream().flatMap(g -> SvgDocument.textsIn(g).stream()))
                    .containsExactly("2,000 more");
            assertThat(svg.groupsOfClass("node")).isEmpty();
        }
    }

    @Test
    void aHubLinkedByAnOntologyPropertyWithAFragmentIsCutToo() {
        try (KnowledgeGraph domainGraph = KnowledgeGraph.inMemory()) {
            StringBuilder update = new StringBuilder("""
                    PREFIX id: <https://w3id.org/aikg/id/>
                    INSERT DATA { GRAPH <https://w3id.org/aikg/source/test-domain> {
                      id:test-domain-language a skos:Concept ; skos:prefLabel "Test language"@en .
                    """);
            for (int i = 0; i < 100; i++) {
                update.append(String.format("  id:lm-%03d a aikg:AIModel ; schema:name \"LM %03d\" ; "
                        + "aikg:domain id:test-domain-language .%n", i, i));
            }
            domainGraph.update(update.append("} }").toString());

            Neighbourhood hood = new NeighbourhoodReader(domainGraph).read(NodeFactory.createURI(ID + "test-domain-language"),
                    new Caps(3, 30));

            assertThat(hood.neighbours()).extracting(Vertex::label).containsExactly("LM 000", "LM 001", "LM 002");
            assertThat(hood.links()).allSatisfy(l -> assertThat(l.relation().label()).isEqualTo("domain"));
            assertThat(hood.cutTotal()).isEqualTo(97);
        }
    }

    @Test
    void anEntityWithNothingAroundItIsDrawnAlone() {
        Neighbourhood hood = new NeighbourhoodReader(graph).read(NodeFactory.createURI(ID + "no-such-thing"),
                Caps.DEFAULT);

        SvgDocument svg = SvgDocument.parse(new NeighbourhoodSvg().render(hood));

        assertThat(hood.neighbours()).isEmpty();
        assertThat(svg.groupsOfClass("centre")).singleElement()
                .satisfies(g -> assertThat(SvgDocument.textsIn(g)).containsExactly("id:no-such-thing"));
    }

    @Test
    void theSameEntityGivesTheSameBytesEveryTime() throws Exception {
        String first = picture("deepseek");
        String second = new NeighbourhoodSvg().render(
                new NeighbourhoodReader(graph).read(NodeFactory.createURI(ID + "deepseek"), Caps.DEFAULT));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyPictureIsScriptFreeSvgWithAViewBox() throws Exception {
        for (String slug : List.of("deepseek-v3", "deepseek", "larry-dignan", "nvidia", "china")) {
            SvgDocument svg = SvgDocument.parse(picture(slug));

            assertThat(svg.root().getNamespaceURI()).isEqualTo(SvgDocument.SVG_NS);
            assertThat(svg.root().getLocalName()).isEqualTo("svg");
            assertThat(svg.root().getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
            assertThat(svg.scripting()).isEmpty();
            assertThat(svg.titles().getFirst()).startsWith("Neighbourhood of ");
        }
    }

    @Test
    void nodesLinkToTheAddressTheCallerGives() {
        Neighbourhood hood = new NeighbourhoodReader(graph).read(NodeFactory.createURI(ID + "deepseek-v3"), Caps.DEFAULT);

        SvgDocument svg = SvgDocument.parse(new NeighbourhoodSvg(iri -> iri.startsWith(ID)
                ? "/id/" + iri.substring(ID.length()) : null).render(hood));

        List<String> links = svg.elements("a").stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).contains("/id/deepseek-v3", "/id/deepseek", "/id/deepseek-v3-training");
        assertThat(links).noneMatch(href -> href.contains("github.com"));
    }

    @Test
    void aBlankOrLiteralCentreIsAUsageError() {
        NeighbourhoodReader reader = new NeighbourhoodReader(graph);

        assertThatThrownBy(() -> reader.read(NodeFactory.createLiteralString("DeepSeek"), Caps.DEFAULT))
                .isInstanceOfSatisfying(AikgException.class, e -> assertThat(e.kind()).isEqualTo(AikgException.Kind.USAGE))
                .hasMessageStartingWith("A picture needs an entity IRI");
    }
}

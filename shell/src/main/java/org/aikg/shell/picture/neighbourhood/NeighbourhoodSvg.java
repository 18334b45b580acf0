package org.aikg.shell.picture.neighbourhood;

import static org.aikg.shell.picture.SvgWriter.num;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aikg.shell.picture.Numbers;
import org.aikg.shell.picture.SvgWriter;

/**
 * Draws a neighbourhood as SVG: the centre, one labelled pill per relation with its neighbours fanning out, an
 * "and N more" box where neighbours were cut, edges coloured by kind with their sources numbered, and a legend of
 * kinds and sources. The same neighbourhood always gives the same bytes; there is no script.
 */
public final class NeighbourhoodSvg {

    private static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
    private static final String INK = "#1a202c";
    private static final String MUTED = "#4a5568";
    private static final double MIN_WIDTH = 560;
    private static final double MARGIN = 12;

    private final Function<String, String> href;

    /** A drawer whose nodes link nowhere. */
    public NeighbourhoodSvg() {
        this(iri -> null);
    }

    /** A drawer whose entity nodes link to the address the function gives for their IRI (null for no link). */
    public NeighbourhoodSvg(Function<String, String> href) {
        this.href = Objects.requireNonNull(href, "href");
    }

    /** The picture as a standalone SVG document. */
    public String render(Neighbourhood hood) {
        Plan plan = new Plan(hood);
        Drawing drawing = ElkLayout.layout(List.copyOf(plan.boxes.values()), plan.edges);
        double width = Math.max(MIN_WIDTH, drawing.width());
        SvgWriter svg = new SvgWriter();
        Legend legend = new Legend(hood, plan, width);
        double height = drawing.height() + legend.height();
        svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(width), "height", num(height),
                "viewBox", "0 0 " + num(width) + " " + num(height), "font-family", FONT, "role", "img");
        svg.element("title", "Neighbourhood of " + hood.centre().label());
        svg.element("desc", description(hood));
        markers(svg, plan.relationKinds());
        svg.empty("rect", "width", num(width), "height", num(height), "fill", "#ffffff");
        edges(svg, hood, plan, drawing);
        boxes(svg, hood, plan, drawing);
        legend.write(svg, drawing.height());
        svg.end();
        return svg.finish();
    }

    private static String description(Neighbourhood hood) {
        String shown = hood.neighbours().size() + (hood.neighbours().size() == 1 ? " neighbour" : " neighbours");
        String cut = hood.cutTotal() > 0 ? "; " + Numbers.count(hood.cutTotal()) + " more not shown" : "";
        return hood.centre().label() + " and " + shown + " over " + hood.links().size()
                + (hood.links().size() == 1 ? " link" : " links") + cut + ".";
    }

    private static void markers(SvgWriter svg, Set<RelationKind> kinds) {
        svg.start("defs");
        for (RelationKind kind : kinds) {
            svg.start("marker", "id", markerId(kind), "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                    "markerWidth", "7", "markerHeight", "7", "orient", "auto");
            svg.empty("path", "d", "M0,1L10,5L0,9z", "fill", kind.colour());
            svg.end();
        }
        svg.end();
    }

    private static String css(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String markerId(RelationKind kind) {
        return "aikg-arrow-" + css(kind);
    }

    private static void edges(SvgWriter svg, Neighbourhood hood, Plan plan, Drawing drawing) {
        svg.start("g", "fill", "none", "stroke-width", "1.4");
        for (int i = 0; i < drawing.routes().size(); i++) {
            Drawing.Route route = drawing.routes().get(i);
            Edge edge = plan.edgeInfo.get(i);
            RelationKind kind = edge.relation().kind();
            StringBuilder d = new StringBuilder();
            for (double[] p : route.points()) {
                d.append(d.isEmpty() ? "M" : "L").append(num(p[0])).append(',').append(num(p[1]));
            }
            svg.start("g", "class", "link " + css(kind));
            if (edge.link() != null) {
                svg.element("title", linkTitle(hood, plan, edge));
            }
            svg.empty("path", "d", d.toString(), "stroke", kind.colour(), "stroke-dasharray", edge.cut() ? "4 3" : null,
                    "marker-end", edge.arrow() ? "url(#" + markerId(kind) + ")" : null);
            if (edge.link() != null && !edge.link().sources().isEmpty()) {
                String notes = edge.link().sources().stream().map(hood::footnote).sorted().map(String::valueOf)
                        .collect(Collectors.joining(","));
                boolean atEnd = !edge.relation().incoming();
                double[] p = route.points().get(atEnd ? route.points().size() - 1 : 0);
                svg.element("text", notes, "x", num(atEnd ? p[0] - 9 : p[0] + 4), "y", num(p[1] - 4),
                        "font-size", "9", "fill", MUTED, "stroke", "none", "text-anchor", atEnd ? "end" : "start");
            }
            svg.end();
        }
        svg.end();
    }

    private static String linkTitle(Neighbourhood hood, Plan plan, Edge edge) {
        Vertex neighbour = plan.vertices.get(edge.link().neighbour());
        String centre = hood.centre().label();
        String statement = edge.relation().incoming()
                ? neighbour.label() + " → " + edge.relation().label() + " → " + centre
                : centre + " → " + edge.relation().label() + " → " + neighbour.label();
        String sources = edge.link().sources().stream()
                .map(id -> "[" + hood.footnote(id) + "] " + title(hood, id)).collect(Collectors.joining("; "));
        return statement + (sources.isEmpty() ? "" : "\nSources: " + sources);
    }

    private static String title(Neighbourhood hood, String sourceId) {
        return hood.sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::title).findFirst()
                .orElse(sourceId);
    }

    private void boxes(SvgWriter svg, Neighbourhood hood, Plan plan, Drawing drawing) {
        svg.start("g", "font-size", "12");
        for (Drawing.Placed placed : drawing.boxes().values()) {
            Box box = placed.box();
            switch (box.role()) {
                case CENTRE -> vertexBox(svg, hood.centre(), placed, true);
                case NEIGHBOUR -> vertexBox(svg, plan.vertices.get(plan.vertexOfBox.get(box.id())), placed, false);
                case RELATION -> relationBox(svg, plan.relationOfBox.get(box.id()), placed, plan);
                case CUT -> cutBox(svg, plan.relationOfBox.get(box.id()), placed, hood);
            }
        }
        svg.end();
    }

    private void vertexBox(SvgWriter svg, Vertex vertex, Drawing.Placed placed, boolean centre) {
        Box box = placed.box();
        String link = vertex.id().startsWith("http") ? href.apply(vertex.id()) : null;
        if (link != null) {
            svg.start("a", "href", link);
        }
        svg.start("g", "class", (centre ? "centre " : "node ") + css(vertex.kind()));
        svg.element("title", vertex.label() + (vertex.typeLabel().isEmpty() ? "" : " (" + vertex.typeLabel() + ")"));
        svg.empty("rect", "x", num(placed.x()), "y", num(placed.y()), "width", num(box.width()),
                "height", num(box.height()), "rx", centre ? "8" : "5", "fill", vertex.kind().fill(),
                "stroke", vertex.kind().stroke(), "stroke-width", centre ? "2.5" : "1.2",
                "stroke-dasharray", vertex.kind() == NodeKind.VALUE ? "3 2" : null);
        double size = centre ? Sizes.CENTRE_FONT : Sizes.FONT;
        double line = centre ? Sizes.CENTRE_LINE : Sizes.LINE;
        double block = box.lines().size() * line + (box.note().isEmpty() ? 0 : Sizes.NOTE_LINE);
        double y = placed.y() + (box.height() - block) / 2 + size * 0.8 + (line - size) / 2;
        double cx = placed.x() + box.width() / 2;
        for (String text : box.lines()) {
            svg.element("text", text, "x", num(cx), "y", num(y), "text-anchor", "middle", "fill", INK,
                    "font-size", centre ? num(size) : null, "font-weight", centre ? "bold" : null);
            y += line;
        }
        if (!box.note().isEmpty()) {
            svg.element("text", box.note(), "x", num(cx), "y", num(y - line + Sizes.NOTE_LINE), "text-anchor", "middle",
                    "fill", MUTED, "font-size", num(Sizes.NOTE_FONT));
        }
        svg.end();
        if (link != null) {
            svg.end();
        }
    }

    private static void relationBox(SvgWriter svg, Relation relation, Drawing.Placed placed, Plan plan) {
        Box box = placed.box();
        svg.start("g", "class", "relation " + css(relation.kind()));
        int count = plan.linkCount.getOrDefault(relation, 0);
        long cut = plan.cutOf.getOrDefault(relation, 0L);
        svg.element("title", relation.label() + " (" + relation.kind().label() + "): " + Numbers.count(count + cut)
                + (relation.incoming() ? " pointing here" : " from here"));
        svg.empty("rect", "x", num(placed.x()), "y", num(placed.y()), "width", num(box.width()),
                "height", num(box.height()), "rx", num(box.height() / 2), "fill", "#ffffff",
                "stroke", relation.kind().colour(), "stroke-width", "1.2");
        svg.element("text", box.lines().getFirst(), "x", num(placed.x() + box.width() / 2),
                "y", num(placed.y() + box.height() / 2 + Sizes.PILL_FONT * 0.35), "text-anchor", "middle",
                "fill", relation.kind().colour(), "font-size", num(Sizes.PILL_FONT));
        svg.end();
    }

    private static void cutBox(SvgWriter svg, Relation relation, Drawing.Placed placed, Neighbourhood hood) {
        Box box = placed.box();
        long more = hood.cuts().stream().filter(c -> c.relation().equals(relation)).mapToLong(Cut::more).sum();
        svg.start("g", "class", "more");
        svg.element("title", Numbers.count(more) + " more by \u201c" + relation.label() + "\u201d not shown");
        svg.empty("rect", "x", num(placed.x()), "y", num(placed.y()), "width", num(box.width()),
                "height", num(box.height()), "rx", "5", "fill", "#f7fafc", "stroke", "#a0aec0",
                "stroke-dasharray", "4 3");
        svg.element("text", box.lines().getFirst(), "x", num(placed.x() + box.width() / 2),
                "y", num(placed.y() + box.height() / 2 + Sizes.PILL_FONT * 0.35), "text-anchor", "middle",
                "fill", MUTED, "font-size", num(Sizes.PILL_FONT), "font-style", "italic");
        svg.end();
    }

    /** Font sizes and line heights. */
    static final class Sizes {
        static final double FONT = 12;
        static final double LINE = 15;
        static final double CENTRE_FONT = 14;
        static final double CENTRE_LINE = 17;
        static final double NOTE_FONT = 10;
        static final double NOTE_LINE = 13;
        static final double PILL_FONT = 11;
        static final double LEGEND_FONT = 11;

        private Sizes() {}
    }

    /** One edge as drawn: the relation it belongs to, the link it shows (none for the centre's side), its style. */
    private record Edge(Relation relation, Link link, boolean arrow, boolean cut) {}

    /** The boxes and edges to lay out, in a stable order, and what each stands for. */
    private static final class Plan {
        final Map<String, Box> boxes = new LinkedHashMap<>();
        final List<String[]> edges = new ArrayList<>();
        final List<Edge> edgeInfo = new ArrayList<>();
        final Map<String, Vertex> vertices = new LinkedHashMap<>();
        final Map<String, String> vertexOfBox = new LinkedHashMap<>();
        final Map<String, Relation> relationOfBox = new LinkedHashMap<>();
        final Map<Relation, Integer> linkCount = new TreeMap<>();
        final Map<Relation, Long> cutOf = new TreeMap<>();
        final Set<NodeKind> nodeKinds = EnumSet.noneOf(NodeKind.class);

        Plan(Neighbourhood hood) {
            hood.neighbours().forEach(v -> vertices.put(v.id(), v));
            nodeKinds.add(hood.centre().kind());
            boxes.put("c", centreBox(hood.centre()));
            Map<Relation, List<Link>> byRelation = new TreeMap<>();
            hood.links().forEach(l -> byRelation.computeIfAbsent(l.relation(), r -> new ArrayList<>()).add(l));
            hood.cuts().forEach(c -> {
                byRelation.computeIfAbsent(c.relation(), r -> new ArrayList<>());
                cutOf.merge(c.relation(), c.more(), Long::sum);
            });
            Map<String, String> boxOfVertex = new LinkedHashMap<>();
            int r = 0;
            for (Map.Entry<Relation, List<Link>> group : byRelation.entrySet()) {
                Relation relation = group.getKey();
                String pill = "r" + r++;
                boxes.put(pill, pillBox(pill, relation.label()));
                relationOfBox.put(pill, relation);
                linkCount.put(relation, group.getValue().size());
                edge(relation.incoming() ? pill : "c", relation.incoming() ? "c" : pill,
                        new Edge(relation, null, relation.incoming(), false));
                for (Link link : group.getValue()) {
                    Vertex vertex = vertices.get(link.neighbour());
                    if (vertex == null) {
                        throw new IllegalArgumentException("Link to unknown neighbour " + link.neighbour());
                    }
                    String id = boxOfVertex.computeIfAbsent(vertex.id(), k -> {
                        String b = "n" + boxOfVertex.size();
                        boxes.put(b, neighbourBox(b, vertex));
                        vertexOfBox.put(b, vertex.id());
                        nodeKinds.add(vertex.kind());
                        return b;
                    });
                    edge(relation.incoming() ? id : pill, relation.incoming() ? pill : id,
                            new Edge(relation, link, !relation.incoming(), false));
                }
                long more = cutOf.getOrDefault(relation, 0L);
                if (more > 0) {
                    String cut = "k" + r;
                    String words = (group.getValue().isEmpty() ? "" : "and ") + Numbers.count(more) + " more";
                    boxes.put(cut, cutBox(cut, words));
                    relationOfBox.put(cut, relation);
                    edge(relation.incoming() ? cut : pill, relation.incoming() ? pill : cut,
                            new Edge(relation, null, !relation.incoming(), true));
                }
            }
        }

        Set<RelationKind> relationKinds() {
            Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
            relationOfBox.values().forEach(r -> kinds.add(r.kind()));
            return kinds;
        }

        private void edge(String from, String to, Edge info) {
            edges.add(new String[] {from, to});
            edgeInfo.add(info);
        }

        private static Box centreBox(Vertex centre) {
            List<String> lines = TextMetrics.wrap(centre.label(), Sizes.CENTRE_FONT, true, 220, 3);
            String note = TextMetrics.clip(centre.typeLabel(), Sizes.NOTE_FONT, false, 220);
            double width = Math.max(widest(lines, Sizes.CENTRE_FONT, true), TextMetrics.width(note, Sizes.NOTE_FONT, false));
            double height = 20 + lines.size() * Sizes.CENTRE_LINE + (note.isEmpty() ? 0 : Sizes.NOTE_LINE);
            return new Box("c", Box.Role.CENTRE, lines, note, Math.max(60, width + 24), height);
        }

        private static Box neighbourBox(String id, Vertex vertex) {
            int maxLines = vertex.kind() == NodeKind.CLAIM ? 3 : 2;
            List<String> lines = TextMetrics.wrap(vertex.label(), Sizes.FONT, false, 180, maxLines);
            String note = TextMetrics.clip(vertex.typeLabel(), Sizes.NOTE_FONT, false, 180);
            double width = Math.max(widest(lines, Sizes.FONT, false), TextMetrics.width(note, Sizes.NOTE_FONT, false));
            double height = 12 + lines.size() * Sizes.LINE + (note.isEmpty() ? 0 : Sizes.NOTE_LINE);
            return new Box(id, Box.Role.NEIGHBOUR, lines, note, Math.max(40, width + 18), height);
        }

        private static Box pillBox(String id, String label) {
            String text = TextMetrics.clip(label, Sizes.PILL_FONT, false, 170);
            return new Box(id, Box.Role.RELATION, List.of(text), "", TextMetrics.width(text, Sizes.PILL_FONT, false) + 20,
                    20);
        }

        private static Box cutBox(String id, String words) {
            return new Box(id, Box.Role.CUT, List.of(words), "", TextMetrics.width(words, Sizes.PILL_FONT, false) + 20,
                    22);
        }

        private static double widest(List<String> lines, double size, boolean bold) {
            return lines.stream().mapToDouble(l -> TextMetrics.width(l, size, bold)).max().orElse(0);
        }
    }

    /** The key below the picture: kinds of nodes, kinds of links, numbered sources, and what was cut. */
    private static final class Legend {
        private static final double ROW = 18;
        private final Neighbourhood hood;
        private final Plan plan;
        private final double width;

        Legend(Neighbourhood hood, Plan plan, double width) {
            this.hood = hood;
            this.plan = plan;
            this.width = width;
        }

        double height() {
            return write(null, 0);
        }

        /** Writes the legend from the top y (when svg is not null) and returns its height. */
        double write(SvgWriter svg, double top) {
            double y = top + 10;
            if (svg != null) {
                svg.start("g", "class", "legend", "font-size", num(Sizes.LEGEND_FONT), "fill", MUTED);
                svg.empty("line", "x1", num(MARGIN), "y1", num(top), "x2", num(width - MARGIN), "y2", num(top),
                        "stroke", "#e2e8f0");
            }
            List<String[]> nodeItems = new ArrayList<>();
            for (NodeKind kind : plan.nodeKinds) {
                nodeItems.add(new String[] {kind.name(), kind.label()});
            }
            y = flow(svg, y, "Nodes", nodeItems, true);
            List<String[]> linkItems = new ArrayList<>();
            for (RelationKind kind : plan.relationKinds()) {
                linkItems.add(new String[] {kind.name(), kind.label()});
            }
            y = flow(svg, y, "Links", linkItems, false);
            if (!hood.sources().isEmpty()) {
                y += 4;
                if (svg != null) {
                    svg.element("text", "Sources (numbers on the links)", "x", num(MARGIN), "y", num(y + 11),
                            "font-weight", "bold");
                }
                y += ROW;
                for (int i = 0; i < hood.sources().size(); i++) {
                    Source source = hood.sources().get(i);
                    if (svg != null) {
                        String text = TextMetrics.clip("[" + (i + 1) + "] " + source.title(), Sizes.LEGEND_FONT, false,
                                width - 2 * MARGIN);
                        svg.start("g", "class", "source");
                        svg.element("title", source.title() + " <" + source.id() + ">");
                        svg.element("text", text, "x", num(MARGIN), "y", num(y + 11));
                        svg.end();
                    }
                    y += ROW - 2;
                }
            }
            if (hood.cutTotal() > 0) {
                y += 4;
                if (svg != null) {
                    svg.element("text", Numbers.count(hood.cutTotal())
                            + " more neighbours are not shown; dashed boxes say how many per relation.",
                            "x", num(MARGIN), "y", num(y + 11), "font-style", "italic");
                }
                y += ROW;
            }
            if (svg != null) {
                svg.end();
            }
            return y + 8 - top;
        }

        private double flow(SvgWriter svg, double y, String heading, List<String[]> items, boolean nodes) {
            if (items.isEmpty()) {
                return y;
            }
            double x = MARGIN;
            double headingWidth = TextMetrics.width(heading, Sizes.LEGEND_FONT, true) + 10;
            if (svg != null) {
                svg.element("text", heading, "x", num(x), "y", num(y + 11), "font-weight", "bold");
            }
            x += headingWidth;
            for (String[] item : items) {
                double itemWidth = 24 + TextMetrics.width(item[1], Sizes.LEGEND_FONT, false) + 14;
                if (x + itemWidth > width - MARGIN && x > MARGIN + headingWidth) {
                    x = MARGIN + headingWidth;
                    y += ROW;
                }
                if (svg != null) {
                    if (nodes) {
                        NodeKind kind = NodeKind.valueOf(item[0]);
                        svg.empty("rect", "x", num(x), "y", num(y + 2), "width", "18", "height", "11", "rx", "3",
                                "fill", kind.fill(), "stroke", kind.stroke());
                    } else {
                        RelationKind kind = RelationKind.valueOf(item[0]);
                        svg.empty("line", "x1", num(x), "y1", num(y + 7.5), "x2", num(x + 18), "y2", num(y + 7.5),
                                "stroke", kind.colour(), "stroke-width", "2.5");
                    }
                    svg.element("text", item[1], "x", num(x + 24), "y", num(y + 11));
                }
                x += itemWidth;
            }
            return y + ROW;
        }
    }
}

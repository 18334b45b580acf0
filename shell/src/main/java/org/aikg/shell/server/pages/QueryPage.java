package org.aikg.shell.server.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.Prefixes;
import java.util.Map;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.chart.ChartData;
import org.aikg.shell.picture.chart.ChartSpec;
import org.aikg.shell.picture.chart.SvgChart;

/** /query: a form that sends a SPARQL query to the endpoint, filled with an example or a named query (?name=). */
public final class QueryPage {

    private static final String EXAMPLE = """
            SELECT ?name ?hours WHERE {
              ?run prov:generated/schema:name ?name ;
                   aikg:gpuHours/qudt:numericValue ?hours .
            }""";

    private static final List<String> EXAMPLE_PREFIXES = List.of("aikg", "id", "prov", "qudt", "schema");

    private final KnowledgeGraph graph;
    private final QueryPolicy policy;

    public QueryPage(KnowledgeGraph graph, QueryPolicy policy) {
        this.graph = graph;
        this.policy = policy;
    }

    /** The named query's chart from its answer with its default parameters, or null when it declares none. */
    private String chart(NamedQuery query) {
        if (query == null || query.chart().isEmpty() || query.parameters().stream().anyMatch(NamedQuery.Parameter::required)) {
            return null;
        }
        NamedQuery.Chart c = query.chart().get();
        ChartSpec spec = ChartSpec.of(c.x(), c.y()).withLogY(c.logY()).withLines(c.lines())
                .withTitle(c.title() != null ? c.title() : query.description());
        spec = c.series() == null ? spec : spec.withSeries(c.series());
        spec = c.mark() == null ? spec : spec.withMark(c.mark());
        Rows rows = graph.selectNamed(query.name(), Map.of(), policy);
        return SvgChart.render(ChartData.of(rows, spec), SvgChart.DEFAULT_WIDTH, SvgChart.DEFAULT_HEIGHT, "chart-");
    }

    public Page page() {
        return (req, resp, rest) -> {
            String name = req.getParameter("name");
            NamedQuery shown = name == null ? null : graph.namedQueries().find(name).orElse(null);
            String text = shown == null ? EXAMPLE_PREFIXES.stream()
                    .map(p -> "PREFIX " + p + ": <" + Prefixes.standard().getNsPrefixURI(p) + ">\n")
                    .collect(Collectors.joining()) + EXAMPLE : shown.text();
            Html.send(resp, "query.jte", new QueryView(text, graph.namedQueries().all(), shown, chart(shown)));
        };
    }
}

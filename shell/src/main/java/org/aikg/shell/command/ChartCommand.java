package org.aikg.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.chart.ChartData;
import org.aikg.shell.picture.chart.ChartSpec;
import org.aikg.shell.picture.chart.SvgChart;
import org.aikg.shell.picture.chart.TerminalChart;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Draws the answer of a named query or a SELECT as a chart: SVG to a file, or Unicode at a terminal. */
@Command(name = "chart", description = "Draw a chart of a SELECT result: SVG with --out, Unicode text at a terminal.", footer = {
        "NAME is a named query (its chart settings are the defaults) or the text of a SELECT query.",
        "Without --out, a terminal gets the chart drawn in text and a pipe gets the SVG.",
        "Example: aikg chart compute-frontier --out frontier.svg",
        "Example: aikg chart 'SELECT ?year (COUNT(*) AS ?models) { ... } GROUP BY ?year' --x year --y models"})
final class ChartCommand implements AikgCommand {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "a named query, or a SELECT query's text")
    List<String> query;

    @Option(names = "--x", paramLabel = "COLUMN", description = "the column along the x axis (dates, numbers or categories)")
    String x;

    @Option(names = "--y", paramLabel = "COLUMN", description = "the numeric column along the y axis")
    String y;

    @Option(names = "--series", paramLabel = "COLUMN", description = "a column whose values split the points into series")
    String series;

    @Option(names = "--mark", paramLabel = "COLUMN", description = "a true/false column; true rows are marked")
    String mark;

    @Option(names = "--log-y", description = "a logarithmic y axis")
    boolean logY;

    @Option(names = "--title", paramLabel = "TEXT", description = "the chart's title")
    String title;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a value for one of the named query's parameters")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "write the chart as SVG to FILE")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "the size: pixels for SVG (880x520), characters at a terminal (80x20)")
    String size;

    @Override
    public int execute(Session session) {
        String text = String.join(" ", query);
        Optional<NamedQuery> named = session.graph().namedQueries().find(text);
        Rows rows = named.isPresent()
                ? session.graph().selectNamed(text, params, session.policy())
                : session.graph().select(new QueryRequest(text, params, session.policy().timeout(), session.policy().rowLimit()));
        ChartData data = ChartData.of(rows, spec(named.flatMap(NamedQuery::chart), named.map(NamedQuery::description)));
        boolean svg = out != null || !session.terminal();
        int[] dimensions = dimensions(svg ? 880 : 80, svg ? 520 : 20);
        if (!svg) {
            session.out().print(TerminalChart.render(data, dimensions[0], dimensions[1]));
            return ExitCodes.OK;
        }
        String picture = SvgChart.render(data, dimensions[0], dimensions[1]);
        if (out == null) {
            session.out().print(picture);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(out, picture, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + out + ": " + e.getMessage());
        }
        if (session.terminal()) {
            session.err().println("Wrote " + out + " (" + rows.size() + " rows)");
        }
        return ExitCodes.OK;
    }

    private ChartSpec spec(Optional<NamedQuery.Chart> declared, Optional<String> description) {
        String xColumn = x != null ? x : declared.map(NamedQuery.Chart::x).orElse(null);
        String yColumn = y != null ? y : declared.map(NamedQuery.Chart::y).orElse(null);
        if (xColumn == null || yColumn == null) {
            throw new AikgException(Kind.USAGE, "Say which columns to draw: --x COLUMN --y COLUMN");
        }
        ChartSpec spec = ChartSpec.of(xColumn, yColumn)
                .withLogY(logY || declared.map(NamedQuery.Chart::logY).orElse(false))
                .withLines(declared.map(NamedQuery.Chart::lines).orElse(false));
        String seriesColumn = series != null ? series : declared.map(NamedQuery.Chart::series).orElse(null);
        String markColumn = mark != null ? mark : declared.map(NamedQuery.Chart::mark).orElse(null);
        String heading = title != null ? title : declared.map(NamedQuery.Chart::title).or(() -> description).orElse(null);
        if (seriesColumn != null) {
            spec = spec.withSeries(seriesColumn);
        }
        if (markColumn != null) {
            spec = spec.withMark(markColumn);
        }
        return heading == null ? spec : spec.withTitle(heading);
    }

    private int[] dimensions(int width, int height) {
        if (size == null) {
            return new int[] {width, height};
        }
        String[] parts = size.split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AikgException(Kind.USAGE, "--size '" + size + "' is not WIDTHxHEIGHT, such as 880x520");
    }
}

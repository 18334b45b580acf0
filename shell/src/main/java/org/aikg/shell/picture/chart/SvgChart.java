package org.aikg.shell.picture.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aikg.core.query.Rows;
import org.aikg.shell.picture.SvgWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws chart data as SVG with JFreeChart: points or lines over time or numbers, bars over categories; a log y axis
 * with powers of ten; legend, axis labels, title, and notes on what was left out. Same data, same bytes (on one
 * machine: text is measured with its fonts).
 */
public final class SvgChart {

    /** The width used when none is given, in pixels. */
    public static final int DEFAULT_WIDTH = 880;
    /** The height used when none is given, in pixels. */
    public static final int DEFAULT_HEIGHT = 520;

    private static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
    private static final Color INK = new Color(0x1a202c);
    private static final Color MUTED = new Color(0x4a5568);
    private static final Color GRID = new Color(0xdde3ea);
    private static final Color[] PALETTE = {new Color(0x1f6fb2), new Color(0xd55e00), new Color(0x009e73),
        new Color(0xcc79a7), new Color(0xe69f00), new Color(0x56b4e9), new Color(0x6a3d9a), new Color(0x8c564b),
        new Color(0x2f4f4f), new Color(0x999999)};
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
        ShapeUtils.createUpTriangle(4.5f), ShapeUtils.createDiamond(4.5f), ShapeUtils.createDownTriangle(4.5f)};
    private static final int MAX_VALUE_LABELS = 16;
    private static final double MIN_TIME_SPAN = 366 * 24 * 3600 * 1000.0;
    private static final BasicStroke GRID_STROKE = new BasicStroke(0.7f);
    private static final Shape RING = new Ellipse2D.Double(-7.5, -7.5, 15, 15);

    static {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgChart() {}

    /** The chart of a result at the default size; refuses bad columns with a usage error. */
    public static String render(Rows rows, ChartSpec spec) {
        return render(ChartData.of(rows, spec), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The chart of checked data at a size in pixels, as a standalone SVG document. */
    public static String render(ChartData data, int width, int height) {
        return render(data, width, height, "aikg-chart-");
    }

    /**
     * The chart with its clip-path ids starting with the prefix, so that several charts can be inlined in one HTML
     * page without their ids clashing.
     */
    public static String render(ChartData data, int width, int height, String idPrefix) {
        JFreeChart chart = data.xKind() == ChartData.XKind.CATEGORY ? bars(data) : points(data);
        style(chart, data);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        g2.setGeomDoubleConverter(SvgWriter::num);
        g2.setTransformDoubleConverter(SvgChart::transformNumber);
        g2.setFontFunction(family -> FONT);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open) + "<title>" + SvgWriter.escape(data.spec().titleText()) + "</title>"
                + svg.substring(open) + "\n";
    }

    private static String transformNumber(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static JFreeChart points(ChartData data) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries marked = new XYSeries(data.markLabel(), false, true);
        for (ChartData.Series series : data.series()) {
            XYSeries xy = new XYSeries(series.name(), data.spec().lines(), true);
            for (ChartData.Point p : series.points()) {
                xy.add(p.x(), p.y());
                if (p.marked()) {
                    marked.add(p.x(), p.y());
                }
            }
            dataset.addSeries(xy);
        }
        ValueAxis xAxis;
        if (data.xKind() == ChartData.XKind.TIME) {
            DateAxis dates = new ReadableDateAxis(data.spec().xAxisLabel());
            double first = dataset.getDomainLowerBound(false);
            double last = dataset.getDomainUpperBound(false);
            if (!Double.isNaN(first) && last - first < MIN_TIME_SPAN) {
                double middle = (first + last) / 2;
                dates.setRange(middle - MIN_TIME_SPAN / 2, middle + MIN_TIME_SPAN / 2);
            }
            xAxis = dates;
        } else {
            xAxis = new ReadableNumberAxis(data.spec().xAxisLabel(), false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(data.spec().lines(), true);
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis(data, false), renderer);
        if (marked.getItemCount() > 0) {
            XYLineAndShapeRenderer rings = new XYLineAndShapeRenderer(false, true);
            rings.setSeriesShape(0, RING);
            rings.setSeriesShapesFilled(0, false);
            rings.setSeriesPaint(0, INK);
            rings.setSeriesOutlineStroke(0, new BasicStroke(1.8f));
            rings.setUseOutlinePaint(false);
            rings.setDrawOutlines(true);
            plot.setDataset(1, new XYSeriesCollection(marked));
            plot.setRenderer(1, rings);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_STROKE);
        plot.setRangeGridlineStroke(GRID_STROKE);
        return new JFreeChart(data.spec().titleText(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static JFreeChart bars(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<List<Integer>> marked = new HashSet<>();
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            for (ChartData.Point p : series.points()) {
                dataset.addValue(p.y(), series.name(), data.categories().get((int) p.x()));
                if (p.marked()) {
                    marked.add(List.of(s, (int) p.x()));
                }
            }
        }
        CategoryAxis xAxis = new CategoryAxis(data.spec().xAxisLabel());
        if (data.categories().size() > 6) {
            xAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        xAxis.setMaximumCategoryLabelWidthRatio(data.categories().size() > 6 ? 2.5f : 1.2f);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return marked.contains(List.of(row, categoryIndex(dataset, data, column))) ? INK : null;
            }

            @Override
            public Stroke getItemOutlineStroke(int row, int column) {
                return new BasicStroke(2.2f);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(!marked.isEmpty());
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (data.categories().size() * data.series().size() <= MAX_VALUE_LABELS) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new TickFormat()));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            renderer.setDefaultItemLabelPaint(MUTED);
        }
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis(data, true), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRID_STROKE);
        if (!marked.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            items.addAll(renderer.getLegendItems());
            LegendItem mark = new LegendItem(data.markLabel(), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10),
                    Color.WHITE, new BasicStroke(2.2f), INK);
            items.add(mark);
            plot.setFixedLegendItems(items);
        }
        return new JFreeChart(data.spec().titleText(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static int categoryIndex(DefaultCategoryDataset dataset, ChartData data, int column) {
        return data.categories().indexOf((String) dataset.getColumnKey(column));
    }

    private static ValueAxis yAxis(ChartData data, boolean fromZero) {
        if (data.spec().logY()) {
            return new ReadableLogAxis(data.spec().yAxisLabel());
        }
        return new ReadableNumberAxis(data.spec().yAxisLabel(), fromZero);
    }

    private static void style(JFreeChart chart, ChartData data) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        title.setPaint(INK);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setMargin(new RectangleInsets(0, 4, 6, 0));
        for (String note : data.notes()) {
            TextTitle subtitle = new TextTitle(note, new Font(Font.SANS_SERIF, Font.ITALIC, 10));
            subtitle.setPaint(MUTED);
            subtitle.setPosition(RectangleEdge.BOTTOM);
            subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(subtitle);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            if (data.series().size() <= 1 && !data.hasMarks()) {
                chart.removeLegend();
            } else {
                legend.setFrame(BlockBorder.NONE);
                legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                legend.setItemPaint(INK);
                legend.setBackgroundPaint(Color.WHITE);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No rows");
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinesVisible(!data.isEmpty());
            xy.setRangeGridlinesVisible(!data.isEmpty());
            styleAxis(xy.getDomainAxis(), data.isEmpty());
            styleAxis(xy.getRangeAxis(), data.isEmpty());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinesVisible(!data.isEmpty());
            styleAxis(category.getDomainAxis(), data.isEmpty());
            styleAxis(category.getRangeAxis(), data.isEmpty());
        }
    }

    private static void styleAxis(Axis axis, boolean empty) {
        axis.setTickLabelsVisible(!empty);
        axis.setTickMarksVisible(!empty);
        axis.setTickLabelInsets(new RectangleInsets(6, 4, 6, 4));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLinePaint(new Color(0xa0aec0));
        axis.setTickMarkPaint(new Color(0xa0aec0));
    }
}

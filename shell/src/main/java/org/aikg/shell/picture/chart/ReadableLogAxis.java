package org.aikg.shell.picture.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-ten logarithmic axis with plain-text tick labels: one tick per power of ten ("10²⁴", or plain numbers such as "0.01" and "500"
 * in everyday ranges), thinned out over many decades; over less than two decades, ticks at 1, 2 and 5 times each
 * power of ten.
 */
final class ReadableLogAxis extends LogAxis {

    private static final int MAX_TICKS = 10;

    ReadableLogAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-300);
        setNumberFormatOverride(new TickFormat());
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(anchor);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(anchor);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
        List<NumberTick> ticks = new ArrayList<>();
        for (Ticks.Tick tick : Ticks.log(getLowerBound(), getUpperBound(), MAX_TICKS)) {
            ticks.add(new NumberTick(tick.value(), tick.label(), anchor, anchor, 0.0));
        }
        return ticks;
    }
}

package org.aikg.shell.picture.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A time axis in UTC with ticks at the start of years ("2024") or, over short spans, of months ("Jan 2025"). */
final class ReadableDateAxis extends DateAxis {

    private static final double PIXELS_PER_TICK = 72;

    ReadableDateAxis(String label) {
        super(label, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        int max = Math.max(2, (int) (dataArea.getWidth() / PIXELS_PER_TICK));
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List<DateTick> ticks = new ArrayList<>();
        for (Ticks.Tick tick : Ticks.time(getLowerBound(), getUpperBound(), max)) {
            if (tick.value() >= getLowerBound() && tick.value() <= getUpperBound()) {
                ticks.add(new DateTick(new Date((long) tick.value()), tick.label(), anchor, anchor, 0.0));
            }
        }
        return ticks;
    }
}

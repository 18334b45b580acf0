package org.aikg.shell.picture.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

/** A linear axis with at most about eight ticks, labelled without zeros to count ("5.6 M"). */
final class ReadableNumberAxis extends NumberAxis {

    private static final int MAX_TICKS = 8;

    ReadableNumberAxis(String label, boolean fromZero) {
        super(label);
        setAutoRangeIncludesZero(fromZero);
        setNumberFormatOverride(new TickFormat());
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        TickUnit unit = getTickUnit();
        double length = getRange().getLength();
        while (length / unit.getSize() > MAX_TICKS) {
            TickUnit larger = getStandardTickUnits().getLargerTickUnit(unit);
            if (larger.getSize() <= unit.getSize()) {
                break;
            }
            unit = larger;
        }
        if (unit != getTickUnit()) {
            setTickUnit((NumberTickUnit) unit, false, false);
        }
    }
}

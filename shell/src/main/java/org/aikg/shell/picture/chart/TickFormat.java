package org.aikg.shell.picture.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.aikg.shell.picture.Numbers;

/** Tick labels without zeros to count ("5.6 M", "10²⁴"), for JFreeChart's number axes. */
final class TickFormat extends NumberFormat {

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Numbers.compact(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Numbers.compact(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("Tick labels are not read back");
    }
}

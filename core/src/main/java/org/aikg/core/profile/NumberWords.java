package org.aikg.core.profile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers a reader never has to count zeros in: digits grouped below a million, then million, billion, trillion with
 * a few significant digits, and powers of ten (× 10²⁴) from a quadrillion up, where FLOP-sized figures live.
 */
final class NumberWords {

    private static final String[] SCALES = {"million", "billion", "trillion"};
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal QUADRILLION = BigDecimal.TEN.pow(15);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberWords() {}

    /**
     * The number in words with the given number of significant digits (at least 1); below a million the whole part is
     * always kept (123,457, not 123,500) and only decimals are rounded away.
     */
    static String words(BigDecimal value, int significant) {
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? "-" : "";
        MathContext digits = new MathContext(Math.max(1, significant), RoundingMode.HALF_EVEN);
        if (abs.compareTo(QUADRILLION) >= 0) {
            BigDecimal rounded = abs.round(digits);
            int exponent = rounded.precision() - rounded.scale() - 1;
            return sign + plain(rounded.movePointLeft(exponent)) + " × 10" + superscript(exponent);
        }
        if (abs.compareTo(MILLION) >= 0) {
            BigDecimal rounded = abs.round(digits);
            int scale = (rounded.precision() - rounded.scale() - 1) / 3 - 2;
            if (scale < SCALES.length) {
                return sign + plain(rounded.movePointLeft(6 + 3 * scale)) + " " + SCALES[scale];
            }
            return words(value.round(digits), significant);
        }
        int whole = Math.max(1, abs.precision() - abs.scale());
        return sign + grouped(abs.round(new MathContext(Math.max(significant, whole), RoundingMode.HALF_EVEN)).stripTrailingZeros());
    }

    /** Digits grouped by thousands, keeping the decimals as given. */
    static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** An amount of money: cents are shown when there are any. */
    static String money(BigDecimal value, int significant) {
        if (value.abs().compareTo(MILLION) >= 0) {
            return words(value, significant);
        }
        BigDecimal amount = value.stripTrailingZeros().scale() > 0 ? value.setScale(2, RoundingMode.HALF_EVEN) : value.setScale(0, RoundingMode.HALF_EVEN);
        return grouped(amount);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            sb.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}

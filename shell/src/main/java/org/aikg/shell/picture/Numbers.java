package org.aikg.shell.picture;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Formats numbers so that nobody counts zeros: counts in words, money with its currency, powers of ten. */
public final class Numbers {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SCIENTIFIC_FROM = new BigDecimal("1e15");
    private static final BigDecimal SMALL = new BigDecimal("1e-4");
    private static final String[] WORDS = {"million", "billion", "trillion"};
    private static final String[] SUFFIXES = {" k", " M", " B", " T"};
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "CNY", "CN¥", "INR", "₹", "KRW", "₩");

    private Numbers() {}

    /**
     * A number for reading: digits grouped below a million ("5,048.62"), words up to trillions ("2.788 million",
     * "685 billion"), a power of ten beyond ("4.56 × 10²⁴"); at most four significant digits past a million.
     */
    public static String count(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.signum() == 0) {
            return "0";
        }
        if (abs.compareTo(SCIENTIFIC_FROM) >= 0 || abs.compareTo(SMALL) < 0) {
            return scientific(value.doubleValue(), 3);
        }
        if (abs.compareTo(MILLION) < 0) {
            return grouped(abs.compareTo(BigDecimal.ONE) >= 0 ? value.setScale(2, RoundingMode.HALF_EVEN)
                    : value.round(new MathContext(3, RoundingMode.HALF_EVEN)), false);
        }
        BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_EVEN));
        int step = Math.min(WORDS.length - 1, (rounded.abs().precision() - rounded.scale() - 7) / 3);
        BigDecimal scaled = rounded.movePointLeft(6 + 3 * step).stripTrailingZeros();
        if (rounded.abs().compareTo(SCIENTIFIC_FROM) >= 0) {
            return scientific(value.doubleValue(), 3);
        }
        return scaled.toPlainString() + " " + WORDS[step];
    }

    /** A number for reading, as {@link #count(BigDecimal)}; not-a-number and infinities are spelled out. */
    public static String count(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return count(BigDecimal.valueOf(value));
    }

    /** A number with its unit, plural when needed: "685 billion parameters", "2.788 million GPU-hours", "-78%". */
    public static String quantity(BigDecimal value, String unit) {
        String number = count(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        if (unit.equals("%")) {
            return number + "%";
        }
        return number + " " + (value.compareTo(BigDecimal.ONE) == 0 ? unit : plural(unit));
    }

    /** An amount of money with its currency: "$5.576 million", "€7.50", "12 billion CHF". */
    public static String money(BigDecimal value, String currency) {
        BigDecimal abs = value.abs();
        String amount = abs.compareTo(BigDecimal.ONE) >= 0 && abs.compareTo(MILLION) < 0
                && abs.stripTrailingZeros().scale() > 0 && abs.stripTrailingZeros().scale() <= 2
                ? grouped(abs.setScale(2, RoundingMode.HALF_EVEN), true) : count(abs);
        String sign = value.signum() < 0 ? "-" : "";
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        String symbol = CURRENCY_SYMBOLS.get(code);
        if (symbol != null) {
            return sign + symbol + amount;
        }
        return code.isEmpty() ? sign + amount : sign + amount + " " + code;
    }

    /**
     * A short form for axes and tight spaces: "0.25", "2024", "20 k", "5.6 M", "685 B", "14.8 T", "1×10²⁴", "4.6×10²⁴";
     * whole numbers below ten thousand stay as they are, so that years read as years.
     */
    public static String compact(double value) {
        double abs = Math.abs(value);
        if (abs == 0) {
            return "0";
        }
        if (abs < 1e4 && value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        if (abs >= 1e15 || abs < 1e-3) {
            int exponent = exponentOf(abs);
            double mantissa = value / Math.pow(10, exponent);
            String m = significant(mantissa, 2);
            return m + "×" + powerOfTen(exponent);
        }
        if (abs < 1e4) {
            return significant(value, 3);
        }
        int step = Math.min(SUFFIXES.length - 1, (exponentOf(abs) - 3) / 3);
        double scaled = value / Math.pow(10, 3 + 3 * step);
        if (Math.abs(Double.parseDouble(significant(scaled, 3))) >= 1000 && step < SUFFIXES.length - 1) {
            step++;
            scaled = value / Math.pow(10, 3 + 3 * step);
        }
        return significant(scaled, 3) + SUFFIXES[step];
    }

    /** Scientific notation with superscript digits and at most the given significant digits: "4.56 × 10²⁴". */
    public static String scientific(double value, int significantDigits) {
        if (value == 0) {
            return "0";
        }
        int exponent = exponentOf(Math.abs(value));
        String mantissa = significant(value / Math.pow(10, exponent), significantDigits);
        if (mantissa.equals("10") || mantissa.equals("-10")) {
            exponent++;
            mantissa = mantissa.replace("10", "1");
        }
        return mantissa + " × " + powerOfTen(exponent);
    }

    /** Ten to a power with the exponent in superscript digits: "10²⁴", "10⁻³". */
    public static String powerOfTen(int exponent) {
        StringBuilder s = new StringBuilder("10");
        if (exponent < 0) {
            s.append('⁻');
        }
        for (char c : String.valueOf(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    /** A unit name in the plural: "GPU-hour" becomes "GPU-hours"; symbols and all-capital units stay as they are. */
    public static String plural(String unit) {
        String last = unit.substring(unit.lastIndexOf(' ') + 1);
        if (last.length() <= 2 || last.endsWith("s") || last.equals(last.toUpperCase(Locale.ROOT))
                || !Character.isLetter(last.charAt(last.length() - 1))) {
            return unit;
        }
        if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return unit.substring(0, unit.length() - 1) + "ies";
        }
        return unit + "s";
    }

    private static int exponentOf(double abs) {
        int exponent = (int) Math.floor(Math.log10(abs));
        if (Math.pow(10, exponent + 1) <= abs) {
            exponent++;
        }
        return exponent;
    }

    private static String significant(double value, int digits) {
        BigDecimal d = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString();
    }

    private static String grouped(BigDecimal value, boolean cents) {
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        if (cents) {
            format.setMinimumFractionDigits(2);
        }
        return format.format(plain.scale() < 0 ? plain.setScale(0, RoundingMode.UNNECESSARY) : plain);
    }
}

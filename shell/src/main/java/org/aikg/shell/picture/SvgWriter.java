package org.aikg.shell.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes SVG markup: elements with attributes in the order given, text escaped, numbers with one decimal at most. */
public final class SvgWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; attributes come as name, value pairs, and null values are left out. */
    public SvgWriter start(String name, String... attributes) {
        tag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Writes an element without content. */
    public SvgWriter empty(String name, String... attributes) {
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only text. */
    public SvgWriter element(String name, String text, String... attributes) {
        tag(name, attributes);
        out.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** Closes the element opened last. */
    public SvgWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    private void tag(String name, String... attributes) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /** The markup written so far, ending with a new line. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.append('\n').toString();
    }

    /** A coordinate or length: at most one decimal, no trailing zero, never "-0". */
    public static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return s;
    }

    /** Text made safe for XML content and attributes; characters XML cannot hold are dropped. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}

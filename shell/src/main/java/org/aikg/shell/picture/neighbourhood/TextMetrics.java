package org.aikg.shell.picture.neighbourhood;

import java.util.ArrayList;
import java.util.List;

/**
 * Widths of text in a sans-serif face, estimated from the advance widths of DejaVu Sans (the widest common
 * sans-serif, so text measured here fits in narrower faces too), and wrapping to a width with an ellipsis.
 * Estimating instead of asking the platform's fonts keeps the pictures the same on every machine.
 */
final class TextMetrics {

    private static final int[] REGULAR = {318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318,
        337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770,
        632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685,
        390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635,
        635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};
    private static final int[] BOLD = {348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380,
        365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830,
        683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725,
        457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716,
        716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};
    private static final String ELLIPSIS = "…";

    private TextMetrics() {}

    /** The width of the text at the font size, in the same unit as the size. */
    static double width(String text, double size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 32 && c < 127) {
                total += table[c - 32];
            } else if (c >= 0x2E80) {
                total += 1000;
            } else {
                total += bold ? 720 : 660;
            }
        }
        return total * size / 1000;
    }

    /**
     * The text broken at spaces (or inside words too long for a line) into at most maxLines lines no wider than
     * maxWidth; what does not fit ends the last line with an ellipsis.
     */
    static List<String> wrap(String text, double size, boolean bold, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            boolean last = lines.size() == maxLines - 1;
            if (width(rest, size, bold) <= maxWidth) {
                lines.add(rest);
                rest = "";
            } else if (last) {
                lines.add(clip(rest, size, bold, maxWidth));
                rest = "";
            } else {
                int cut = fit(rest, size, bold, maxWidth);
                int end = breakBefore(rest, cut);
                lines.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
        }
        return lines;
    }

    /** Where to end a line that may hold the first cut characters: at the last space, or after a slash or hyphen. */
    private static int breakBefore(String text, int cut) {
        for (int i = Math.min(cut, text.length() - 1); i > 0; i--) {
            char c = text.charAt(i);
            if (c == ' ') {
                return i;
            }
            if ((c == '/' || c == '-') && i < cut) {
                return i + 1;
            }
        }
        return cut;
    }

    /** The text cut to fit the width, ending with an ellipsis when cut. */
    static String clip(String text, double size, boolean bold, double maxWidth) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        int n = fit(text, size, bold, maxWidth - width(ELLIPSIS, size, bold));
        return text.substring(0, n).stripTrailing() + ELLIPSIS;
    }

    private static int fit(String text, double size, boolean bold, double maxWidth) {
        double used = 0;
        int n = 0;
        while (n < text.length()) {
            int next = n + Character.charCount(text.codePointAt(n));
            used += width(text.substring(n, next), size, bold);
            if (used > maxWidth) {
                break;
            }
            n = next;
        }
        return Math.max(n, Math.min(1, text.length()));
    }
}

package org.aikg.core.profile;

/** The Levenshtein distance between two strings: how many single-character edits turn one into the other. */
final class EditDistance {

    private EditDistance() {}

    /** The distance when it is at most max, else max + 1 (strings whose lengths differ by more are not compared). */
    static int within(String a, String b, int max) {
        return Math.abs(a.length() - b.length()) > max ? max + 1 : Math.min(between(a, b), max + 1);
    }

    static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

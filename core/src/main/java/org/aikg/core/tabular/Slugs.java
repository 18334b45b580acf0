package org.aikg.core.tabular;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs for minted IRIs: lower case, accents dropped, every run of other characters one hyphen. */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** The slug of a name, e.g. "Llama 3.1-405B" becomes "llama-3-1-405b" and "NÜWA" becomes "nuwa"; may be empty. */
    static String slug(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = OTHERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}

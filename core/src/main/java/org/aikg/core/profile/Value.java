package org.aikg.core.profile;

import java.util.List;

/** One value as shown, in words, with the numbers of the sources that state it (ascending, never empty in a profile line). */
public record Value(List<Span> words, List<Integer> sources) {

    public Value {
        words = List.copyOf(words);
        sources = List.copyOf(sources);
    }

    /** The words without links, as the terminal prints them. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.text()));
        return sb.toString();
    }
}

package org.aikg.core.profile;

import java.util.List;

/** One thing folded into a profile: its head (name and a few words, with sources) and, for some, its own lines. */
public record Entry(Value head, List<Line> lines) {

    public Entry {
        lines = List.copyOf(lines);
    }
}

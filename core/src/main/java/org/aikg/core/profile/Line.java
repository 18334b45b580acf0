package org.aikg.core.profile;

import java.util.List;

/**
 * One line of a profile: what is said (label), the values side by side, notes the sources add, and whether the
 * sources disagree (figures or dates that cannot all be true together).
 */
public record Line(String label, List<Value> values, List<Value> notes, boolean disagreement) {

    public Line {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
    }
}

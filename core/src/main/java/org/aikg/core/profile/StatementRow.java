package org.aikg.core.profile;

import java.util.List;

/** One statement about the entity as recorded (property and value, figures by their parts), with every source that states it. */
public record StatementRow(Span property, List<Span> value, List<Integer> sources) {

    public StatementRow {
        value = List.copyOf(value);
        sources = List.copyOf(sources);
    }
}

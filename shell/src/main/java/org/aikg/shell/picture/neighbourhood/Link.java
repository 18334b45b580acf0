package org.aikg.shell.picture.neighbourhood;

import java.util.List;
import java.util.Objects;

/** One relation between the centre and a neighbour, with the ids of the sources that state it. */
public record Link(String neighbour, Relation relation, List<String> sources) {

    public Link {
        Objects.requireNonNull(neighbour, "neighbour");
        Objects.requireNonNull(relation, "relation");
        sources = List.copyOf(sources);
    }
}

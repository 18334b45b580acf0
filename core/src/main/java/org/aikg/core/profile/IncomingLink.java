package org.aikg.core.profile;

import java.util.List;

/** A statement of another entity that points to this one, with its sources. */
public record IncomingLink(Span subject, Span property, List<Integer> sources) {

    public IncomingLink {
        sources = List.copyOf(sources);
    }
}

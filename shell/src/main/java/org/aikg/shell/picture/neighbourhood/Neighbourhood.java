package org.aikg.shell.picture.neighbourhood;

import java.util.List;
import java.util.Objects;

/**
 * What the picture of an entity shows: the centre, the neighbours kept, the links between them and the centre,
 * the neighbours cut per relation, and the sources of the links in footnote order.
 */
public record Neighbourhood(Vertex centre, List<Vertex> neighbours, List<Link> links, List<Cut> cuts,
        List<Source> sources) {

    public Neighbourhood {
        Objects.requireNonNull(centre, "centre");
        neighbours = List.copyOf(neighbours);
        links = List.copyOf(links);
        cuts = List.copyOf(cuts);
        sources = List.copyOf(sources);
    }

    /** The footnote number of a source, from 1, or 0 when the source is not listed. */
    public int footnote(String sourceId) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** All neighbours left out, over every relation. */
    public long cutTotal() {
        return cuts.stream().mapToLong(Cut::more).sum();
    }
}

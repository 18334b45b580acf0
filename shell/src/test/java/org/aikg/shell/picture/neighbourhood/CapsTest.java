package org.aikg.shell.picture.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapsTest {

    private static final Vertex CENTRE = new Vertex("c", "Centre", NodeKind.ORGANIZATION, "");

    private static final class Fixture {
        final List<Vertex> vertices = new ArrayList<>();
        final List<Link> links = new ArrayList<>();

        Fixture relation(String label, boolean incoming, int size) {
            Relation relation = new Relation(label, RelationKind.OTHER, incoming);
            for (int i = 0; i < size; i++) {
                String id = label + "-" + i;
                vertices.add(new Vertex(id, String.format("%s %03d", label, i), NodeKind.MODEL, ""));
                links.add(new Link(id, relation, List.of("s")));
            }
            return this;
        }

        Caps caps() {
            return Caps.DEFAULT;
        }

        Neighbourhood apply(Caps caps) {
            return caps.apply(CENTRE, vertices, links, Map.of(), List.of(new Source("s", "A source")));
        }
    }

    @Test
    void everyRelationKeepsOneNeighbourBeforeAnyKeepsTwo() {
        Neighbourhood hood = new Fixture().relation("a", false, 10).relation("b", false, 10).relation("c", true, 10)
                .apply(new Caps(6, 4));

        assertThat(hood.links()).extracting(l -> l.relation().label()).containsExactlyInAnyOrder("a", "a", "b", "c");
        assertThat(hood.cuts()).extracting(Cut::more).containsExactly(8L, 9L, 9L);
    }

    @Test
    void noRelationKeepsMoreThanItsCapEvenWhenTheTotalAllows() {
        Neighbourhood hood = new Fixture().relation("a", false, 20).relation("b", false, 2).apply(new Caps(5, 30));

        assertThat(hood.neighbours()).hasSize(7);
        assertThat(hood.cuts()).singleElement().satisfies(c -> {
            assertThat(c.relation().label()).isEqualTo("a");
            assertThat(c.more()).isEqualTo(15);
        });
    }

    @Test
    void theNeighboursKeptAreTheFirstByName() {
        Neighbourhood hood = new Fixture().relation("a", false, 9).apply(new Caps(3, 30));

        assertThat(hood.neighbours()).extracting(Vertex::label).containsExactly("a 000", "a 001", "a 002");
    }

    @Test
    void aNeighbourKeptForOneRelationKeepsItsOtherLinks() {
        Fixture fixture = new Fixture().relation("a", false, 3);
        Relation other = new Relation("b", RelationKind.OTHER, true);
        fixture.links.add(new Link("a-2", other, List.of("s")));
        fixture.vertices.add(new Vertex("x", "x", NodeKind.MODEL, ""));
        fixture.links.add(new Link("x", other, List.of("s")));

        Neighbourhood hood = fixture.apply(new Caps(3, 3));

        assertThat(hood.links()).filteredOn(l -> l.relation().equals(other)).extracting(Link::neighbour)
                .containsExactly("a-2");
        assertThat(hood.cuts()).singleElement().satisfies(c -> assertThat(c.more()).isEqualTo(1));
    }

    @Test
    void onlyTheSourcesOfLinksKeptAreListed() {
        Fixture fixture = new Fixture().relation("a", false, 1);
        Neighbourhood hood = fixture.caps().apply(CENTRE, fixture.vertices, fixture.links, Map.of(),
                List.of(new Source("s", "A source"), new Source("t", "Unused")));

        assertThat(hood.sources()).extracting(Source::title).containsExactly("A source");
        assertThat(hood.footnote("s")).isEqualTo(1);
    }
}

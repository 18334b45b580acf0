package org.aikg.shell.picture.neighbourhood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/** What the queries found: vertices by id, links with their sources merged, cut counts and source titles. */
final class Gathering {

    final Vocabulary vocabulary;
    final Map<String, Vertex> vertices = new TreeMap<>();
    final Map<Link, Set<String>> links = new LinkedHashMap<>();
    final Map<Relation, Long> cuts = new TreeMap<>();
    final Map<String, String> titles = new TreeMap<>();

    Gathering(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Vertex vertexFor(Node node, NameSet names) {
        Vertex vertex = node.isLiteral()
                ? new Vertex(Vertices.id(node), Vertices.literal(node), NodeKind.VALUE, "")
                : new Vertex(Vertices.id(node), names.label(node), vocabulary.nodeKind(names.types),
                        vocabulary.typeLabel(names.types));
        vertices.putIfAbsent(vertex.id(), vertex);
        return vertices.get(vertex.id());
    }

    void link(Vertex neighbour, Relation relation, Node source, Node title) {
        String id = source.isURI() ? source.getURI() : source.toString();
        titles.putIfAbsent(id, title != null && title.isLiteral() ? title.getLiteralLexicalForm()
                : Vertices.readable(source));
        links.computeIfAbsent(new Link(neighbour.id(), relation, List.of()), k -> new TreeSet<>()).add(id);
    }

    void cut(Relation relation, long more) {
        cuts.merge(relation, more, Long::sum);
    }

    List<Vertex> vertices() {
        return List.copyOf(vertices.values());
    }

    List<Link> links() {
        List<Link> all = new ArrayList<>();
        links.forEach((link, sources) -> all.add(new Link(link.neighbour(), link.relation(), List.copyOf(sources))));
        return all;
    }

    List<Source> sources() {
        return titles.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
    }
}

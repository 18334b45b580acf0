package org.aikg.shell.picture.neighbourhood;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many neighbours a picture keeps, per relation and in all; the rest become "and N more". Every relation keeps
 * at least one neighbour while the total allows, then slots go round the relations in turn; a neighbour kept for one
 * relation keeps its other links too.
 */
public record Caps(int perRelation, int total) {

    /** Six per relation and thirty in all: readable on a page. */
    public static final Caps DEFAULT = new Caps(6, 30);

    public Caps {
        if (perRelation < 0 || total < 0) {
            throw new IllegalArgumentException("Caps cannot be negative: " + perRelation + ", " + total);
        }
    }

    /**
     * The neighbourhood that keeps what the caps allow. Neighbours of one relation are kept in order of their label;
     * counts cut beforehand (figures pointing at the centre, rows past a query's cap) are added to the cuts.
     */
    public Neighbourhood apply(Vertex centre, List<Vertex> candidates, List<Link> links, Map<Relation, Long> alreadyCut,
            List<Source> sources) {
        Map<String, Vertex> byId = new HashMap<>();
        candidates.forEach(v -> byId.putIfAbsent(v.id(), v));
        Comparator<Link> byNeighbour = Comparator
                .comparing((Link l) -> byId.get(l.neighbour()).label().toLowerCase(Locale.ROOT))
                .thenComparing(Link::neighbour);
        Map<Relation, List<Link>> groups = new TreeMap<>();
        for (Link link : links) {
            if (!byId.containsKey(link.neighbour())) {
                throw new IllegalArgumentException("Link to unknown neighbour " + link.neighbour());
            }
            groups.computeIfAbsent(link.relation(), r -> new ArrayList<>()).add(link);
        }
        groups.values().forEach(g -> g.sort(byNeighbour));
        Map<Relation, Integer> kept = allot(groups);

        Set<String> shown = new LinkedHashSet<>();
        groups.forEach((relation, group) -> group.subList(0, kept.get(relation)).forEach(l -> shown.add(l.neighbour())));
        List<Link> keptLinks = new ArrayList<>();
        Map<Relation, Long> cuts = new TreeMap<>(alreadyCut);
        groups.forEach((relation, group) -> {
            long left = 0;
            for (Link link : group) {
                if (shown.contains(link.neighbour())) {
                    keptLinks.add(link);
                } else {
                    left++;
                }
            }
            if (left > 0) {
                cuts.merge(relation, left, Long::sum);
            }
        });
        List<Vertex> neighbours = shown.stream().map(byId::get)
                .sorted(Comparator.comparing((Vertex v) -> v.label().toLowerCase(Locale.ROOT)).thenComparing(Vertex::id))
                .toList();
        Set<String> used = new LinkedHashSet<>();
        keptLinks.forEach(l -> used.addAll(l.sources()));
        List<Source> footnotes = sources.stream().filter(s -> used.contains(s.id()))
                .sorted(Comparator.comparing((Source s) -> s.title().toLowerCase(Locale.ROOT)).thenComparing(Source::id))
                .toList();
        List<Cut> cutList = cuts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new Cut(e.getKey(), e.getValue())).toList();
        return new Neighbourhood(centre, neighbours, keptLinks, cutList, footnotes);
    }

    private Map<Relation, Integer> allot(Map<Relation, List<Link>> groups) {
        Map<Relation, Integer> kept = new LinkedHashMap<>();
        groups.keySet().forEach(r -> kept.put(r, 0));
        int left = total;
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (Map.Entry<Relation, List<Link>> group : groups.entrySet()) {
                int n = kept.get(group.getKey());
                if (left > 0 && n < perRelation && n < group.getValue().size()) {
                    kept.put(group.getKey(), n + 1);
                    left--;
                    progress = true;
                }
            }
        }
        return kept;
    }
}

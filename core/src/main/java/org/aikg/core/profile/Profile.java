package org.aikg.core.profile;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * The profile of one entity: its name and kinds, its facts and key figures in words, the notes its sources add, what
 * belongs to it (sections), every statement (the table) and the sources, numbered once. The first
 * {@code summarySources} sources are the ones the summary (facts, notes, sections) refers to.
 */
public record Profile(Node entity, String name, String shortName, List<String> kinds, List<Line> facts, List<Value> notes,
        List<Section> sections, StatementTable statements, List<Source> sources, int summarySources) {

    public Profile {
        kinds = List.copyOf(kinds);
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
    }

    /** The sources the summary refers to. */
    public List<Source> summarySourceList() {
        return sources.subList(0, summarySources);
    }
}

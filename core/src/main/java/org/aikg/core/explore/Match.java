package org.aikg.core.explore;

/** An entity found by name: its IRI, its name, its type, and the text that matched. */
public record Match(String iri, String name, String type, String matched) {}

package org.aikg.shell.picture.neighbourhood;

/** A source that states links in the picture: its id (the graph IRI) and a title to show in the footnotes. */
public record Source(String id, String title) {}

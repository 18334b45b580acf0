package org.aikg.shell.picture.neighbourhood;

/** How many neighbours of one relation were left out of the picture; drawn as an "and N more" node. */
public record Cut(Relation relation, long more) {}

package org.aikg.core.profile;

import org.apache.jena.graph.Node;

/** An entity whose name is close to what a user typed. */
public record Suggestion(Node entity, String name) {}

package org.aikg.core.explore;

import org.apache.jena.graph.Node;

/** One statement about an entity, outgoing or incoming, with the graph (source) that holds it. */
public record Fact(Node subject, Node property, Node value, Node source, boolean incoming) {}

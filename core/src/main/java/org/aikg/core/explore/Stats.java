package org.aikg.core.explore;

import java.util.Map;

/** The size of the graph: quads, named graphs, entities per class and statements per property. */
public record Stats(long quads, long graphs, Map<String, Long> classes, Map<String, Long> properties) {}

package org.aikg.core.generate;

import java.util.Map;

/** What a generation run wrote: quads, entities by kind, and the workload parameters picked from the data. */
public record GeneratorReport(long quads, Map<String, Long> entities, Map<String, String> parameters) {}

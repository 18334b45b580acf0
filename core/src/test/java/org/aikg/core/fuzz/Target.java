package org.aikg.core.fuzz;

import java.util.function.BiFunction;
import org.aikg.core.AikgException;

/** One fuzzed entry point, named like the folder {@code fuzz/<name>/} that keeps its own seeds and its findings. */
enum Target {
    QUERY("query", null, EntryPoints::query),
    UPDATE("update", null, EntryPoints::update),
    TURTLE("turtle", Syntax.TURTLE, null),
    TRIG("trig", Syntax.TRIG, null),
    NTRIPLES("ntriples", Syntax.NTRIPLES, null),
    NQUADS("nquads", Syntax.NQUADS, null),
    JSONLD("jsonld", Syntax.JSONLD, null),
    RDFXML("rdfxml", Syntax.RDFXML, null),
    EPOCH_CSV("csv-epoch", null, (e, in) -> e.loadTable(in, "epoch-notable")),
    RELEASES_CSV("csv-releases", null, (e, in) -> e.loadTable(in, Seeds.releasesMapping().toString())),
    MAPPING("mapping", null, EntryPoints::mapping);

    private final String folder;
    private final Syntax syntax;
    private final BiFunction<EntryPoints, byte[], AikgException> run;

    Target(String folder, Syntax syntax, BiFunction<EntryPoints, byte[], AikgException> run) {
        this.folder = folder;
        this.syntax = syntax;
        this.run = syntax == null ? run : (e, in) -> e.load(in, syntax);
    }

    /** The folder under {@code fuzz/} with this target's own seeds and findings. */
    String folder() {
        return folder;
    }

    /** The syntax an RDF import target reads, or null. */
    Syntax syntax() {
        return syntax;
    }

    /** Feeds the bytes to this entry point; returns its refusal, or null when it took them. */
    AikgException run(EntryPoints entryPoints, byte[] input) {
        return run.apply(entryPoints, input);
    }
}

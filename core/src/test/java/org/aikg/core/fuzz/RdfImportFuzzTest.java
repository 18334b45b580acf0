package org.aikg.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the import of an RDF file in each of the six syntaxes into the bundled graph: all or nothing. */
class RdfImportFuzzTest {

    private final EntryPoints entryPoints = EntryPoints.shared();

    static Stream<Arguments> turtleSeeds() {
        return FuzzSeeds.arguments(Target.TURTLE);
    }

    static Stream<Arguments> trigSeeds() {
        return FuzzSeeds.arguments(Target.TRIG);
    }

    static Stream<Arguments> ntriplesSeeds() {
        return FuzzSeeds.arguments(Target.NTRIPLES);
    }

    static Stream<Arguments> nquadsSeeds() {
        return FuzzSeeds.arguments(Target.NQUADS);
    }

    static Stream<Arguments> jsonldSeeds() {
        return FuzzSeeds.arguments(Target.JSONLD);
    }

    static Stream<Arguments> rdfxmlSeeds() {
        return FuzzSeeds.arguments(Target.RDFXML);
    }

    @MethodSource("turtleSeeds")
    @FuzzTest(maxDuration = "10m")
    void turtle(byte[] input) {
        Target.TURTLE.run(entryPoints, input);
    }

    @MethodSource("trigSeeds")
    @FuzzTest(maxDuration = "10m")
    void trig(byte[] input) {
        Target.TRIG.run(entryPoints, input);
    }

    @MethodSource("ntriplesSeeds")
    @FuzzTest(maxDuration = "10m")
    void ntriples(byte[] input) {
        Target.NTRIPLES.run(entryPoints, input);
    }

    @MethodSource("nquadsSeeds")
    @FuzzTest(maxDuration = "10m")
    void nquads(byte[] input) {
        Target.NQUADS.run(entryPoints, input);
    }

    @MethodSource("jsonldSeeds")
    @FuzzTest(maxDuration = "10m")
    void jsonld(byte[] input) {
        Target.JSONLD.run(entryPoints, input);
    }

    @MethodSource("rdfxmlSeeds")
    @FuzzTest(maxDuration = "10m")
    void rdfxml(byte[] input) {
        Target.RDFXML.run(entryPoints, input);
    }
}

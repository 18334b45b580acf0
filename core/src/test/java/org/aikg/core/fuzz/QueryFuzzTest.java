package org.aikg.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes SPARQL queries (with parameters) and updates against the bundled graph, with a 200 ms deadline. */
class QueryFuzzTest {

    private final EntryPoints entryPoints = EntryPoints.shared();

    static Stream<Arguments> querySeeds() {
        return FuzzSeeds.arguments(Target.QUERY);
    }

    static Stream<Arguments> updateSeeds() {
        return FuzzSeeds.arguments(Target.UPDATE);
    }

    @MethodSource("querySeeds")
    @FuzzTest(maxDuration = "10m")
    void query(byte[] input) {
        Target.QUERY.run(entryPoints, input);
    }

    @MethodSource("updateSeeds")
    @FuzzTest(maxDuration = "10m")
    void update(byte[] input) {
        Target.UPDATE.run(entryPoints, input);
    }
}

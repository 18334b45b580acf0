package org.aikg.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes CSV tables read through a mapping (the shipped Epoch one, and a small one of its own) and mapping files. */
class TableImportFuzzTest {

    private final EntryPoints entryPoints = EntryPoints.shared();

    static Stream<Arguments> epochCsvSeeds() {
        return FuzzSeeds.arguments(Target.EPOCH_CSV);
    }

    static Stream<Arguments> releasesCsvSeeds() {
        return FuzzSeeds.arguments(Target.RELEASES_CSV);
    }

    static Stream<Arguments> mappingSeeds() {
        return FuzzSeeds.arguments(Target.MAPPING);
    }

    @MethodSource("epochCsvSeeds")
    @FuzzTest(maxDuration = "10m")
    void epochCsv(byte[] input) {
        Target.EPOCH_CSV.run(entryPoints, input);
    }

    @MethodSource("releasesCsvSeeds")
    @FuzzTest(maxDuration = "10m")
    void releasesCsv(byte[] input) {
        Target.RELEASES_CSV.run(entryPoints, input);
    }

    @MethodSource("mappingSeeds")
    @FuzzTest(maxDuration = "10m")
    void mapping(byte[] input) {
        Target.MAPPING.run(entryPoints, input);
    }
}

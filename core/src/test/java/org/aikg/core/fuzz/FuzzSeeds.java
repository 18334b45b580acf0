package org.aikg.core.fuzz;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** The seeds of a target as JUnit arguments, each named after where it comes from. */
final class FuzzSeeds {

    private FuzzSeeds() {}

    static Stream<Arguments> arguments(Target target) {
        return Seeds.of(target).stream().map(seed -> Arguments.of(Named.of(seed.name(), seed.bytes())));
    }
}

package org.aikg.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.store.LocalStore;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a store whose registry is too large to copy, validation copies only what an import can reach from it: imports
 * are accepted and refused exactly as when the whole registry is copied. The registry here is small; the validator
 * under test is told to treat the registry and the catalogue as large.
 */
class ContextCopyTest {

    private static final String PREFIXES = """
            @prefix aikg:   <https://w3id.org/aikg/ns#> .
            @prefix id:     <https://w3id.org/aikg/id/> .
            @prefix src:    <https://w3id.org/aikg/source/> .
            @prefix schema: <https://schema.org/> .
            """;

    /** Two families and two models in the registry; the first model is part of the first family. */
    private static final String REGISTRY = PREFIXES + """
            @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/aikg/graph/entities> {
                id:ctx-cycle a aikg:ModelFamily ; schema:name "Family with a cycle of notes" ; rdfs:seeAlso _:a .
                _:a rdfs:seeAlso _:b , _:c .
                _:b rdfs:seeAlso _:a , _:c .
                _:c rdfs:seeAlso _:a , _:b .
                id:ctx-family a aikg:ModelFamily ; schema:name "Context family" .
                id:ctx-model a aikg:AIModel ; schema:name "Context model" ; schema:isPartOf id:ctx-family .
                id:ctx-other a aikg:AIModel ; schema:name "Another context model" .
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aSourceAboutARegistryModelConformsThroughWhatTheModelPointsTo() throws IOException {
        // The model's family is two steps from the import: its class must come along for the model to conform.
        String outcome = sameOutcomeEitherWay(PREFIXES + "src:test-ctx { id:ctx-model aikg:citationCount 5 . }");
        assertThat(outcome).isEqualTo("imported");
    }

    @Test
    void aRegistryEntryWhoseBlankNodesFormACycleIsCopiedOnce() throws IOException {
        String outcome = sameOutcomeEitherWay(PREFIXES + "src:test-ctx { id:ctx-other schema:isPartOf id:ctx-cycle . }");
        assertThat(outcome).isEqualTo("imported");
    }

    @Test
    void aSourceGivingAModelAsAFamilyIsRefusedByTheClassTheRegistryGivesIt() throws IOException {
        String outcome = sameOutcomeEitherWay(PREFIXES + "src:test-ctx { id:ctx-model schema:isPartOf id:ctx-other . }");
        assertThat(outcome).contains("[src:test-ctx] id:ctx-model schema:isPartOf");
    }

    @Test
    void aSecondNameForARegistryEntityIsRefusedByTheNameTheRegistryHolds() throws IOException {
        String outcome = sameOutcomeEitherWay(PREFIXES
                + "<https://w3id.org/aikg/graph/entities> { id:ctx-other schema:name \"A second name\" . }");
        assertThat(outcome).contains("id:ctx-other schema:name: needs exactly one schema:name");
    }

    /** Imports the registry and then the text into two new stores, copying context whole or in part; same outcome. */
    private String sameOutcomeEitherWay(String text) throws IOException {
        String whole = outcome(dir.resolve("whole"), text, Integer.MAX_VALUE);
        String reachable = outcome(dir.resolve("reachable"), text, 0);
        assertThat(reachable).isEqualTo(whole);
        return whole;
    }

    private static String outcome(Path store, String text, int copyLimit) throws IOException {
        LocalStore local = LocalStore.tdb2(store.resolve("db"));
        try {
            Importer importer = new Importer(local, new Validator(local, copyLimit));
            importer.load(write(store, "registry.trig", REGISTRY), Lang.TRIG, null, Progress.NONE);
            Path file = write(store, "import.trig", text);
            AikgException refused = catchThrowableOfType(AikgException.class,
                    () -> importer.load(file, Lang.TRIG, null, Progress.NONE));
            return refused == null ? "imported" : refused.getMessage().replace(file.toString(), "FILE");
        } finally {
            local.close();
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }
}

package org.aikg.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class ResourceFilesTest {

    private final Path folder = BundledData.folder();

    @Test
    void everyTrigFileParses() {
        List<Path> trig = BundledData.files(folder, ".trig");
        assertThat(trig).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : trig) {
            assertThatCode(() -> RDFParser.source(file).parse(DatasetGraphFactory.create()))
                    .as(file.getFileName().toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void theBundleIndexListsEveryTrigFileAndNothingElse() {
        List<String> onDisk = BundledData.files(folder, ".trig").stream()
                .map(p -> folder.relativize(p).toString()).sorted().toList();
        List<String> listed = BundledData.listed(folder.resolve("bundle.txt")).stream()
                .filter(line -> !line.contains(" ")).sorted().toList();
        assertThat(listed).isEqualTo(onDisk);
    }

    @Test
    void theBundleIndexListsEveryTableWithAShippedMapping() {
        List<String> onDisk = BundledData.files(folder, ".csv").stream()
                .map(p -> folder.relativize(p).toString()).sorted().toList();
        List<String[]> tables = BundledData.listed(folder.resolve("bundle.txt")).stream()
                .filter(line -> line.contains(" ")).map(line -> line.split("\\s+")).toList();
        assertThat(tables.stream().map(t -> t[0]).sorted().toList()).isEqualTo(onDisk).isNotEmpty();
        for (String[] table : tables) {
            assertThat(folder.resolve("mappings/" + table[1] + ".rq")).as(table[0]).isRegularFile();
        }
    }

    @Test
    void theQueryIndexListsEveryQueryFileAndNothingElse() {
        Path queries = folder.resolve("queries");
        List<String> onDisk = BundledData.files(queries, ".rq").stream()
                .map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(BundledData.listed(queries.resolve("index.txt")).stream().sorted().toList()).isEqualTo(onDisk);
        assertThat(onDisk).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyNamedQueryParsesOnItsOwnWithADescriptionFirst() throws Exception {
        for (Path file : BundledData.files(folder.resolve("queries"), ".rq")) {
            String text = java.nio.file.Files.readString(file);
            assertThat(text).as(file.getFileName().toString()).startsWith("# ");
            Query query = QueryFactory.create(text);
            assertThat(query.isSelectType() || query.isAskType() || query.isConstructType())
                    .as(file.getFileName().toString()).isTrue();
        }
    }
}

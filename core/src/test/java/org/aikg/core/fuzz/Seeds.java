package org.aikg.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;

/**
 * The seed inputs of each target, all real: the named queries and the malformed corpus, the bundled TriG files (and
 * the same data written in each syntax, or as INSERT DATA and DELETE DATA), rows of the Epoch table, the shipped
 * mappings; then the target's own folder {@code fuzz/<target>/}, which also keeps every finding.
 */
final class Seeds {

    /** One seed: where it comes from, and its bytes. */
    record Seed(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String DATA = "org/aikg/data/";
    private static final int EPOCH_ROW_STEP = 40;
    private static final int UPDATE_QUADS = 12;

    private Seeds() {}

    /** Every seed of the target. */
    static List<Seed> of(Target target) {
        List<Seed> seeds = new ArrayList<>();
        switch (target) {
            case QUERY -> {
                lines(DATA + "queries/index.txt").forEach(name -> seeds.add(resource(DATA + "queries/" + name)));
                malformed("query-").forEach(seeds::add);
            }
            case UPDATE -> {
                malformed("update-").forEach(seeds::add);
                bundled().forEach(seed -> updates(seed, seeds));
            }
            case EPOCH_CSV -> epochRows(seeds);
            case RELEASES_CSV -> seeds.add(file("tabular/api-prices.csv"));
            case MAPPING -> {
                seeds.add(resource(DATA + "mappings/epoch-notable.rq"));
                seeds.add(file("tabular/api-prices.rq"));
                seeds.add(new Seed("fuzz/releases.rq", read(releasesMapping())));
            }
            default -> rdf(target.syntax(), seeds);
        }
        folder("fuzz/" + target.folder()).forEach(seeds::add);
        return seeds;
    }

    /** The small mapping of the {@link Target#RELEASES_CSV} target, as a file. */
    static Path releasesMapping() {
        return path("fuzz/releases.rq");
    }

    private static void rdf(Syntax syntax, List<Seed> seeds) {
        for (Seed trig : bundled()) {
            DatasetGraph data = RDFParser.fromString(new String(trig.bytes(), StandardCharsets.UTF_8), Lang.TRIG)
                    .toDatasetGraph();
            if (syntax == Syntax.TRIG) {
                seeds.add(trig);
            } else if (syntax.quads()) {
                seeds.add(new Seed(trig.name() + " as " + syntax.option(), write(data, syntax)));
            } else {
                Iterator<Node> graphs = data.listGraphNodes();
                while (graphs.hasNext()) {
                    Node graph = graphs.next();
                    DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.wrap(data.getGraph(graph));
                    seeds.add(new Seed(trig.name() + " <" + graph.getURI() + "> as " + syntax.option(), write(one, syntax)));
                }
            }
        }
        malformed(syntax.malformedPrefix()).forEach(seeds::add);
        for (String folder : List.of("import", "well-formed", "per-source")) {
            folder(folder).filter(seed -> seed.name().endsWith("." + syntax.extension())).forEach(seeds::add);
        }
    }

    private static byte[] write(DatasetGraph data, Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFFormat format = switch (syntax) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
        };
        if (syntax.quads()) {
            RDFWriter.source(data).format(format).output(out);
        } else {
            RDFWriter.source(data.getDefaultGraph()).format(format).output(out);
        }
        return out.toByteArray();
    }

    /** The bundled TriG files, as bundle.txt lists them. */
    private static List<Seed> bundled() {
        return lines(DATA + "bundle.txt").stream().filter(line -> line.endsWith(".trig"))
                .map(name -> resource(DATA + name)).toList();
    }

    /** INSERT DATA and DELETE DATA of the first quads of a bundled file, and DELETE WHERE of their subjects. */
    private static void updates(Seed trig, List<Seed> seeds) {
        DatasetGraph data = RDFParser.fromString(new String(trig.bytes(), StandardCharsets.UTF_8), Lang.TRIG)
                .toDatasetGraph();
        QuadDataAcc quads = new QuadDataAcc();
        Iterator<Quad> all = data.find();
        for (int i = 0; i < UPDATE_QUADS && all.hasNext(); i++) {
            Quad q = all.next();
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                quads.addQuad(q);
            }
        }
        seeds.add(new Seed(trig.name() + " as INSERT DATA", utf8(new UpdateRequest(new UpdateDataInsert(quads)).toString())));
        seeds.add(new Seed(trig.name() + " as DELETE DATA", utf8(new UpdateRequest(new UpdateDataDelete(quads)).toString())));
    }

    /** The Epoch table's header with one row every so often, and with its first rows together. */
    private static void epochRows(List<Seed> seeds) {
        String table = new String(resource(DATA + "epoch/notable_ai_models_2025-02-24.csv").bytes(), StandardCharsets.UTF_8);
        List<Long> starts = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(table)).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                starts.add(record.getCharacterPosition());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts.add((long) table.length());
        String header = table.substring(0, starts.get(1).intValue());
        for (int row = 1; row + 1 < starts.size(); row += EPOCH_ROW_STEP) {
            seeds.add(new Seed("Epoch row " + row, utf8(header + table.substring(starts.get(row).intValue(),
                    starts.get(row + 1).intValue()))));
        }
        seeds.add(new Seed("Epoch rows 1-20", utf8(table.substring(0, starts.get(21).intValue()))));
    }

    /** The malformed corpus files whose names begin so (gzipped ones as they are: the importer reads gzip). */
    private static Stream<Seed> malformed(String prefix) {
        return lines("malformed/cases.tsv").stream().map(line -> line.split("\t")[0])
                .filter(name -> name.startsWith(prefix)).map(name -> file("malformed/" + name));
    }

    /** The files of a test-resource folder, in name order; none when it does not exist. */
    private static Stream<Seed> folder(String name) {
        URL url = Seeds.class.getClassLoader().getResource(name);
        if (url == null) {
            return Stream.empty();
        }
        Path dir = path(name);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(f -> file(name + "/" + f.getFileName())).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) {
        return new String(resource(resource).bytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Seed file(String resource) {
        return new Seed(resource, read(path(resource)));
    }

    private static Seed resource(String resource) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Seed(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(String resource) {
        URL url = Seeds.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

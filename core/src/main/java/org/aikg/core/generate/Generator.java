package org.aikg.core.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.aikg.ontology.AIKG;
import org.apache.jena.rdf.model.Resource;

/**
 * Writes a synthetic AI-industry graph as N-Quads, in the aikg ontology and shaped like the curated data: every
 * entity's type and name in the entity registry, every fact in the named graph of a (synthetic) source that the
 * catalogue describes. Organizations follow a Zipf law (a few large labs make most models), as do citations of
 * people. The same size and seed always give the same bytes, and memory does not grow with the size: entities are
 * numbered, and references are drawn as numbers from what has been written so far.
 */
public final class Generator {

    private static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader";
    private static final String SCHEMA = "https://schema.org/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String QUDT = "http://qudt.org/schema/qudt/";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String ENTITIES = "<" + AIKG.GRAPH + "entities>";
    private static final String SOURCES = "<" + AIKG.GRAPH + "sources>";
    private static final String[] LICENSES = {"<http://spdx.org/licenses/MIT>", "<http://spdx.org/licenses/Apache-2.0>",
            "<" + AIKG.ID + "deepseek-model-license>", "<" + AIKG.ID + "llama-3-1-community-license>"};
    private static final String[] ROLES = {"chief executive officer", "chief technology officer", "research scientist",
            "industry analyst", "executive director", "co-founder", "editor-in-chief", "engineer"};
    private static final Resource[] OPEN_LEVELS = {AIKG.OpenWeightsUnrestricted, AIKG.OpenWeightsRestricted, AIKG.OpenWeightsNonCommercial};
    private static final Resource[] CLOSED_LEVELS = {AIKG.APIAccess, AIKG.HostedAccess, AIKG.Unreleased};
    private static final Resource[] QUALIFIERS = {AIKG.Exact, AIKG.Exact, AIKG.Exact, AIKG.Estimate, AIKG.Approximate, AIKG.LowerBound};
    private static final String[] WORDS = {"cheaper", "open", "closed", "training", "inference", "compute", "prices",
            "margins", "models", "chips", "scale", "agents", "benchmarks", "regulation", "efficiency", "market"};
    private static final int GPUS = 12;
    private static final int INDEXES = 4;
    private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);

    private final long target;
    private final SplittableRandom random;
    private final Writer out;
    private long quads;
    private long blank;
    private long orgs;
    private long people;
    private long models;
    private long families;
    private long sources;
    private long prices;
    private long claims;
    private long events;
    private long runs;
    private long factsInSource;
    private String source;

    private Generator(long target, long seed, OutputStream out) {
        this.target = target;
        this.random = new SplittableRandom(seed);
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Writes a graph to a file (gzipped when its name ends in .gz) and prints the workload parameters, one
     * {@code name=value} per line: {@code Generator TRIPLES SEED FILE}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: Generator TRIPLES SEED FILE");
            System.exit(2);
        }
        GeneratorReport report = toFile(Long.parseLong(args[0]), Long.parseLong(args[1]), java.nio.file.Path.of(args[2]));
        report.parameters().forEach((k, v) -> System.out.println(k + "=" + v));
        System.out.println("quads=" + report.quads());
    }

    /** Writes the graph to a file, gzipped when the name ends in .gz; the file is complete or absent. */
    public static GeneratorReport toFile(long triples, long seed, java.nio.file.Path file) throws IOException {
        java.nio.file.Path dir = file.toAbsolutePath().getParent();
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path temp = java.nio.file.Files.createTempFile(dir, ".aikg-generate-", ".tmp");
        try {
            GeneratorReport report;
            try (OutputStream raw = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(temp), 1 << 16);
                    OutputStream out = file.getFileName().toString().endsWith(".gz")
                            ? new java.util.zip.GZIPOutputStream(raw, 1 << 16) : raw) {
                report = generate(triples, seed, out);
            }
            try {
                java.nio.file.Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep what the system gave
            }
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return report;
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }

    /** Writes about {@code triples} quads (whole entities only, so a few more) and reports what it wrote. */
    public static GeneratorReport generate(long triples, long seed, OutputStream out) {
        if (triples < 1) {
            throw new IllegalArgumentException("The number of triples must be positive");
        }
        Generator g = new Generator(triples, seed, out);
        try {
            g.run();
            g.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g.report();
    }

    private void run() throws IOException {
        for (int i = 0; i < GPUS; i++) {
            gpu(i);
        }
        for (int i = 0; i < INDEXES; i++) {
            entity("index-" + i, "StockIndex", "Synthetic Index " + i);
        }
        licenses();
        accessLevels();
        newSource();
        org();
        person();
        while (quads < target) {
            int pick = random.nextInt(100);
            if (pick < 3 || orgs * 40 < models) {
                org();
            } else if (pick < 10 || people * 5 < claims + 1) {
                person();
            } else if (pick < 40) {
                model();
            } else if (pick < 60) {
                price();
            } else if (pick < 85) {
                claim();
            } else {
                event();
            }
            if (factsInSource > 400) {
                newSource();
            }
        }
    }

    // ------------------------------------------------------------------ entities and facts

    private void gpu(int i) throws IOException {
        entity("gpu-" + i, "GPUModel", "Synthetic GPU " + (char) ('A' + i));
        if (i == 0) {
            newSource();
            org();
        }
        quad(id("gpu-" + i), iri(SCHEMA + "manufacturer"), id("org-" + (i % Math.max(1, orgs))), source);
    }

    /** The licences models use, named as in the curated registry so that both agree. */
    private void licenses() throws IOException {
        String[] names = {"MIT License", "Apache License 2.0", "DeepSeek Model License", "Llama 3.1 Community License"};
        for (int i = 0; i < LICENSES.length; i++) {
            String type = i < 2 ? "<http://purl.org/dc/terms/LicenseDocument>" : iri(AIKG.ModelLicense.getURI());
            quad(LICENSES[i], RDF_TYPE, type, ENTITIES);
            quad(LICENSES[i], iri(SCHEMA + "name"), string(names[i]), ENTITIES);
        }
    }

    /**
     * How the access levels the models use roll up to open and closed weights, as the ontology says, so that a store
     * without the ontology (another engine, in a benchmark) answers the same.
     */
    private void accessLevels() throws IOException {
        for (Resource level : OPEN_LEVELS) {
            quad(iri(level.getURI()), iri(SKOS_BROADER), iri(AIKG.OpenWeights.getURI()), ENTITIES);
        }
        for (Resource level : CLOSED_LEVELS) {
            quad(iri(level.getURI()), iri(SKOS_BROADER), iri(AIKG.ClosedWeights.getURI()), ENTITIES);
        }
    }

    private void org() throws IOException {
        long n = orgs++;
        boolean lab = n < 20 || random.nextInt(3) == 0;
        entity("org-" + n, lab ? "AILab" : "Company", "Org " + n + " " + word() + " " + (lab ? "Labs" : "Inc"));
        fact(id("org-" + n), SCHEMA + "location", id("country-" + (n % 25)));
        if (n < 25) {
            quad(id("country-" + n), RDF_TYPE, iri(SCHEMA + "Country"), ENTITIES);
            quad(id("country-" + n), iri(SCHEMA + "name"), string("Country " + n), ENTITIES);
        }
    }

    private void person() throws IOException {
        long n = people++;
        String person = id("person-" + n);
        quad(person, RDF_TYPE, iri(SCHEMA + "Person"), ENTITIES);
        quad(person, iri(SCHEMA + "name"), string("Person " + n), ENTITIES);
        String m = blankNode();
        fact(m, RDF_TYPE, iri(ORG + "Membership"));
        fact(m, ORG + "member", person);
        fact(m, ORG + "organization", id("org-" + zipf(orgs)));
        fact(m, SCHEMA + "roleName", string(ROLES[random.nextInt(ROLES.length)]));
    }

    private void model() throws IOException {
        long n = models++;
        long maker = zipf(orgs);
        String model = id("model-" + n);
        entity("model-" + n, "AIModel", "Model " + n + "-" + word());
        if (n % 4 == 0) {
            long f = families++;
            entity("family-" + f, "ModelFamily", "Family " + f);
            fact(id("family-" + f), SCHEMA + "creator", id("org-" + maker));
        }
        fact(model, SCHEMA + "creator", id("org-" + maker));
        if (families > 0) {
            fact(model, SCHEMA + "isPartOf", id("family-" + random.nextLong(families)));
        }
        fact(model, SCHEMA + "datePublished", date(EPOCH.plusDays(random.nextInt(2900))));
        boolean open = random.nextInt(100) < 55;
        fact(model, AIKG.accessLevel.getURI(), iri((open ? OPEN_LEVELS[random.nextInt(OPEN_LEVELS.length)]
                : CLOSED_LEVELS[random.nextInt(CLOSED_LEVELS.length)]).getURI()));
        if (n > 0 && random.nextInt(100) < 15) {
            fact(model, AIKG.baseModel.getURI(), id("model-" + random.nextLong(n)));
        }
        if (people > 0 && random.nextInt(100) < 60) {
            for (int a = 1 + random.nextInt(3); a > 0; a--) {
                fact(model, SCHEMA + "author", id("person-" + zipf(people)));
            }
        }
        if (open) {
            fact(model, SCHEMA + "license", LICENSES[random.nextInt(LICENSES.length)]);
        }
        long params = (long) Math.pow(10, 8 + random.nextDouble() * 4.3);
        fact(model, AIKG.parameterCount.getURI(), quantity(params - params % 1_000_000, AIKG.Parameter));
        if (random.nextInt(100) < 70) {
            long r = runs++;
            String run = id("run-" + r);
            entity("run-" + r, "TrainingRun", "Training of model " + n);
            fact(run, PROV + "generated", model);
            fact(run, PROV + "used", id("gpu-" + random.nextInt(GPUS)));
            long hours = (long) Math.pow(10, 4 + random.nextDouble() * 3.6);
            fact(run, AIKG.gpuHours.getURI(), quantity(hours, AIKG.GPUHour));
            fact(run, AIKG.trainingTokens.getURI(), quantity((long) Math.pow(10, 10 + random.nextDouble() * 3.3), AIKG.Token));
            fact(run, AIKG.trainingCompute.getURI(), quantityTerm(largeDecimal(Math.pow(10, 23 + random.nextDouble() * 1.9)), AIKG.FLOP));
            if (random.nextBoolean()) {
                String cost = blankNode();
                fact(run, AIKG.trainingCost.getURI(), cost);
                fact(cost, RDF_TYPE, iri(SCHEMA + "MonetaryAmount"));
                fact(cost, SCHEMA + "value", integer(hours * (150 + random.nextInt(300)) / 100));
                fact(cost, SCHEMA + "currency", string("USD"));
                fact(cost, AIKG.qualifier.getURI(), iri(AIKG.Estimate.getURI()));
                if (random.nextBoolean()) {
                    fact(cost, AIKG.priceYear.getURI(), "\"2023\"^^<" + XSD + "gYear>");
                }
            }
        }
    }

    private void price() throws IOException {
        if (models == 0) {
            return;
        }
        long n = prices++;
        long model = random.nextLong(models);
        String price = id("price-" + n);
        fact(price, RDF_TYPE, iri(AIKG.APIPrice.getURI()));
        fact(price, SCHEMA + "name", string("Price " + n + " of model " + model));
        fact(price, AIKG.priceOf.getURI(), id("model-" + model));
        fact(price, AIKG.provider.getURI(), id("org-" + zipf(orgs)));
        long cents = (long) Math.pow(10, random.nextDouble() * 4);
        fact(price, SCHEMA + "price", decimal(cents / 100.0));
        fact(price, SCHEMA + "priceCurrency", string("USD"));
        fact(price, AIKG.perTokens.getURI(), integer(1_000_000));
        fact(price, AIKG.tokenDirection.getURI(), iri((random.nextBoolean() ? AIKG.InputTokens : AIKG.OutputTokens).getURI()));
        fact(price, AIKG.qualifier.getURI(), iri(AIKG.Exact.getURI()));
        fact(price, SCHEMA + "validFrom", date(EPOCH.plusDays(random.nextInt(2900))));
    }

    private void claim() throws IOException {
        long n = claims++;
        String claim = id("claim-" + n);
        fact(claim, RDF_TYPE, iri(AIKG.Claim.getURI()));
        long speaker = zipf(people);
        fact(claim, AIKG.speaker.getURI(), id("person-" + speaker));
        fact(claim, AIKG.speakerAffiliation.getURI(), id("org-" + zipf(orgs)));
        fact(claim, AIKG.speakerRole.getURI(), string(ROLES[random.nextInt(ROLES.length)]));
        fact(claim, SCHEMA + "about", models > 0 && random.nextBoolean() ? id("model-" + random.nextLong(models)) : id("org-" + zipf(orgs)));
        fact(claim, AIKG.paraphrase.getURI(), "\"" + word() + " " + word() + " will change " + word() + " " + word() + ".\"@en");
        fact(claim, DCT + "source", source);
    }

    private void event() throws IOException {
        long n = events++;
        String event = id("event-" + n);
        LocalDate day = EPOCH.plusDays(random.nextInt(2900));
        switch (random.nextInt(3)) {
            case 0 -> {
                entity("event-" + n, "MarketValueLoss", "Loss " + n);
                fact(event, AIKG.subject.getURI(), id("org-" + zipf(orgs)));
                fact(event, AIKG.amount.getURI(), money((long) Math.pow(10, 7 + random.nextDouble() * 4.7)));
            }
            case 1 -> {
                entity("event-" + n, "IndexPeak", "Peak " + n);
                fact(event, AIKG.index.getURI(), id("index-" + random.nextInt(INDEXES)));
                fact(event, AIKG.indexLevel.getURI(), quantityDecimal(1000 + random.nextInt(20000) + random.nextInt(100) / 100.0, AIKG.IndexPoint));
            }
            default -> {
                entity("event-" + n, "Valuation", "Valuation " + n);
                fact(event, AIKG.subject.getURI(), id("org-" + zipf(orgs)));
                fact(event, AIKG.amount.getURI(), money((long) Math.pow(10, 8 + random.nextDouble() * 4.5)));
            }
        }
        fact(event, SCHEMA + "startDate", date(day));
    }

    // ------------------------------------------------------------------ sources

    private void newSource() throws IOException {
        long n = sources++;
        source = "<" + AIKG.SOURCE + "syn-" + n + ">";
        factsInSource = 0;
        quad(source, RDF_TYPE, iri(PROV + "Entity"), SOURCES);
        quad(source, iri(DCT + "title"), string("Synthetic report " + n), SOURCES);
        quad(source, iri(DCT + "publisher"), id("publisher-" + (n % 50)), SOURCES);
        quad(source, iri(DCT + "issued"), date(EPOCH.plusDays(n % 2900)), SOURCES);
        quad(source, iri(SCHEMA + "url"), "<https://example.org/aikg-synthetic/report/" + n + ">", SOURCES);
        if (n < 50) {
            entity("publisher-" + n, "Publisher", "Publisher " + n);
        }
    }

    // ------------------------------------------------------------------ terms

    private void entity(String local, String type, String name) throws IOException {
        quad(id(local), RDF_TYPE, iri(AIKG.NS + type), ENTITIES);
        quad(id(local), iri(SCHEMA + "name"), string(name), ENTITIES);
    }

    private void fact(String s, String p, String o) throws IOException {
        quad(s, p.startsWith("<") ? p : iri(p), o, source);
        factsInSource++;
    }

    private void quad(String s, String p, String o, String g) throws IOException {
        out.write(s);
        out.write(' ');
        out.write(p);
        out.write(' ');
        out.write(o);
        out.write(' ');
        out.write(g);
        out.write(" .\n");
        quads++;
    }

    private String quantity(long value, Resource unit) throws IOException {
        return quantityTerm(integer(value), unit);
    }

    private String quantityDecimal(double value, Resource unit) throws IOException {
        return quantityTerm(decimal(value), unit);
    }

    private String quantityTerm(String value, Resource unit) throws IOException {
        String node = blankNode();
        fact(node, RDF_TYPE, iri(QUDT + "QuantityValue"));
        fact(node, QUDT + "numericValue", value);
        fact(node, QUDT + "unit", iri(unit.getURI()));
        fact(node, AIKG.qualifier.getURI(), iri(QUALIFIERS[random.nextInt(QUALIFIERS.length)].getURI()));
        return node;
    }

    private String money(long value) throws IOException {
        String node = blankNode();
        fact(node, RDF_TYPE, iri(SCHEMA + "MonetaryAmount"));
        fact(node, SCHEMA + "value", integer(value));
        fact(node, SCHEMA + "currency", string("USD"));
        fact(node, AIKG.qualifier.getURI(), iri(AIKG.Approximate.getURI()));
        return node;
    }

    private String blankNode() {
        return "_:b" + blank++;
    }

    private long zipf(long n) {
        if (n <= 1) {
            return 0;
        }
        double u = random.nextDouble();
        return Math.min(n - 1, (long) Math.floor(Math.pow(n + 1.0, u)) - 1);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String id(String local) {
        return "<" + AIKG.ID + local + ">";
    }

    private static String iri(String iri) {
        return "<" + iri + ">";
    }

    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String integer(long n) {
        return "\"" + n + "\"^^<" + XSD + "integer>";
    }

    /**
     * A figure beyond a long, to three significant digits, as an xsd:decimal like Epoch's compute figures (TDB2 in
     * Jena 6.2.0 was seen to return wrong values for some xsd:integer literals of this size in a mixed load).
     */
    private static String largeDecimal(double d) {
        return "\"" + new BigDecimal(d).round(new MathContext(3)).setScale(1).toPlainString() + "\"^^<" + XSD + "decimal>";
    }

    private static String decimal(double d) {
        return "\"" + String.format(Locale.ROOT, "%.2f", d) + "\"^^<" + XSD + "decimal>";
    }

    private static String date(LocalDate d) {
        return "\"" + d + "\"^^<" + XSD + "date>";
    }

    // ------------------------------------------------------------------ report and workload parameters

    private GeneratorReport report() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organizations", orgs);
        counts.put("people", people);
        counts.put("models", models);
        counts.put("families", families);
        counts.put("trainingRuns", runs);
        counts.put("prices", prices);
        counts.put("claims", claims);
        counts.put("events", events);
        counts.put("sources", sources);
        SplittableRandom pick = random.split();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("model", AIKG.ID + "model-" + pick.nextLong(Math.max(1, models)));
        params.put("org", AIKG.ID + "org-" + Math.min(orgs - 1, pick.nextLong(Math.min(orgs, 10))));
        params.put("smallOrg", AIKG.ID + "org-" + (orgs - 1 - pick.nextLong(Math.max(1, orgs / 2))));
        params.put("person", AIKG.ID + "person-" + pick.nextLong(Math.max(1, Math.min(people, 20))));
        params.put("gpu", AIKG.ID + "gpu-" + pick.nextInt(GPUS));
        LocalDate from = EPOCH.plusDays(pick.nextInt(2000));
        params.put("from", from.toString());
        params.put("to", from.plusDays(365).toString());
        params.put("minParams", Long.toString((long) Math.pow(10, 10 + pick.nextDouble())));
        params.put("maxPrice", String.format(Locale.ROOT, "%.2f", 1 + pick.nextDouble() * 5));
        params.put("source", AIKG.SOURCE + "syn-" + pick.nextLong(Math.max(1, sources)));
        params.put("index", AIKG.ID + "index-" + pick.nextInt(INDEXES));
        return new GeneratorReport(quads, counts, params);
    }
}

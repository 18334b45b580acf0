package org.aikg.core.profile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;

/**
 * Epoch AI's table read straight from the bundled CSV with Commons CSV, its lists split and its names matched to the
 * registry as the mapping epoch-notable's header says, so tests take what the Epoch source says from the file, not
 * from aikg. A thing is its registry entity when its name or alias matches, else its kind and Epoch's name.
 */
final class EpochTable {

    static final String MODEL = BundledTriG.NS + "AIModel";
    static final String ORGANIZATION = BundledTriG.SCHEMA + "Organization";
    static final String PERSON = BundledTriG.SCHEMA + "Person";
    static final String HARDWARE = BundledTriG.NS + "GPUModel";

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:[,;&\\n\\r]|\\band\\b)\\s*");

    private final List<Map<String, String>> rows = new ArrayList<>();
    private final BundledTriG registry;

    EpochTable(BundledTriG registry) {
        this.registry = registry;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(EpochTable.class.getClassLoader()
                .getResourceAsStream("org/aikg/data/epoch/notable_ai_models_2025-02-24.csv")), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    /** The row of the model with this name in the table. */
    Map<String, String> row(String model) {
        return rows.stream().filter(r -> r.get("Model").equals(model)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + model));
    }

    /** The items of a list cell, split at commas and trimmed. */
    static List<String> items(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The base models of a row: a comma followed by a space belongs to a name. */
    static List<String> baseModels(Map<String, String> row) {
        return Arrays.stream(row.get("Base model").split(",(?! )")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The authors of a row, split and cleaned as the mapping says. */
    static List<String> authors(Map<String, String> row) {
        List<String> names = new ArrayList<>();
        for (String item : AUTHOR_SEPARATOR.split(row.get("Authors"))) {
            String name = item.strip().replace('\u00a0', ' ').replaceAll("\\s*[∗†‡*]+$", "");
            if (name.length() >= 2 && name.endsWith(".") && Character.isLowerCase(name.charAt(name.length() - 2))) {
                name = name.substring(0, name.length() - 1);
            }
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The identity of a named thing of a kind: its registry entity's IRI, or the kind and the name. */
    String key(String type, String name) {
        Node entity = registry.registered(type, name);
        return entity != null ? entity.getURI() : type + " " + name;
    }

    /** What the thing is called: the registry entity's name, or Epoch's name. */
    String name(String key) {
        return key.startsWith("http") && !key.contains(" ") ? registry.name(BundledTriG.iri(key)) : key.substring(key.indexOf(' ') + 1);
    }
}

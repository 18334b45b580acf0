package org.aikg.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The data module's content as an API: the curated TriG files of the bundled graph in load order, the named queries
 * and the shipped CSV mappings, all read from the classpath.
 */
public final class DataFiles {

    private static final String FOLDER = "org/aikg/data/";

    private DataFiles() {}

    /** The TriG files of the bundled graph, in load order. */
    public static List<String> bundle() {
        return listed(FOLDER + "bundle.txt");
    }

    /** The names of the named queries, in their index's order. */
    public static List<String> namedQueries() {
        return listed(FOLDER + "queries/index.txt").stream().map(n -> n.endsWith(".rq") ? n.substring(0, n.length() - 3) : n).toList();
    }

    /** The text of a named query, if there is one by that name. */
    public static Optional<String> namedQuery(String name) {
        return text(FOLDER + "queries/" + name + ".rq");
    }

    /** The text of a shipped CSV mapping, if there is one by that name. */
    public static Optional<String> mapping(String name) {
        return text(FOLDER + "mappings/" + name + ".rq");
    }

    /** Opens a file of the bundle (as listed by {@link #bundle()}) or any other file of the data folder. */
    public static InputStream open(String file) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("No data file " + FOLDER + file + " on the classpath"));
        }
        return in;
    }

    private static Optional<String> text(String path) {
        if (!path.matches("[A-Za-z0-9/._-]+") || path.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> listed(String index) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(index)) {
            if (in == null) {
                throw new IOException("No " + index + " on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.aikg.core.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;

/** Finds mappings: one shipped with aikg by its name (e.g. {@code epoch-notable}), or a user's .rq file by its path. */
public final class Mappings {

    /** The classpath folder of the shipped mappings, each NAME.rq. */
    public static final String FOLDER = "org/aikg/data/mappings/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Mappings() {}

    /**
     * The mapping a name or path stands for: a word like {@code epoch-notable} is a shipped mapping, anything else (or a
     * word that no shipped mapping has) a file. Fails with a one-line USAGE error when neither exists.
     */
    public static Mapping resolve(String nameOrPath) {
        String given = nameOrPath == null ? "" : nameOrPath.strip();
        if (NAME.matcher(given).matches()) {
            URL url = Mappings.class.getClassLoader().getResource(FOLDER + given + ".rq");
            if (url != null) {
                return MappingParser.parse(given + ".rq", read(url, given), relative -> classpath(FOLDER, relative));
            }
        }
        Path file = Path.of(given.isEmpty() ? "." : given);
        if (!given.isEmpty() && Files.isRegularFile(file)) {
            Path folder = file.toAbsolutePath().getParent();
            return MappingParser.parse(file.toString(), readFile(file), relative -> file(folder, relative));
        }
        throw new AikgException(Kind.USAGE, "Unknown mapping '" + given + "': not a mapping shipped with aikg ("
                + String.join(", ", shipped()) + ") and not a file");
    }

    /** The names of the shipped mappings. */
    public static List<String> shipped() {
        List<String> names = new ArrayList<>();
        URL index = Mappings.class.getClassLoader().getResource(FOLDER + "index.txt");
        if (index != null) {
            for (String line : read(index, "index.txt").split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name);
                }
            }
        }
        return names;
    }

    private static URL classpath(String folder, String relative) {
        String path = Path.of(folder).resolve(relative).normalize().toString().replace('\\', '/');
        return path.startsWith("..") ? null : Mappings.class.getClassLoader().getResource(path);
    }

    private static URL file(Path folder, String relative) {
        Path path = folder.resolve(relative).normalize();
        try {
            return Files.isRegularFile(path) ? path.toUri().toURL() : null;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static String read(URL url, String name) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot read mapping " + name + ": " + e.getMessage(), e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException(Kind.USAGE, "Cannot read mapping " + file + ": " + e.getMessage(), e);
        }
    }
}

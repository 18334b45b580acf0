package org.aikg.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.runtime.Session;

/** The SPARQL text of a command: inline words, a file, or - for standard input. */
final class SparqlText {

    private SparqlText() {}

    static String read(String command, List<String> words, Path file, Session session) {
        if (file != null) {
            if (!words.isEmpty()) {
                throw new AikgException(Kind.USAGE, "Give the " + command + " inline or with --file, not both");
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new AikgException(Kind.NOT_FOUND, "No such file: " + file);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read " + file + ": " + e.getMessage());
            }
        }
        if (words.size() == 1 && words.getFirst().equals("-")) {
            try {
                return new String(session.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, "Cannot read standard input: " + e.getMessage());
            }
        }
        if (words.isEmpty()) {
            throw new AikgException(Kind.USAGE, "Nothing to run. Usage: aikg " + command + " [SPARQL | --file FILE | -]");
        }
        return String.join(" ", words);
    }
}

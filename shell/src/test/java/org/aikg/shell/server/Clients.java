package org.aikg.shell.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real clients the server tests use: curl, /usr/bin/python3 with rdflib and SPARQLWrapper, headless Chromium.
 * A missing tool fails the test with what to install; it never skips.
 */
public final class Clients {

    private static final String PYTHON = "/usr/bin/python3";

    private Clients() {}

    /** The tool's path on the PATH; fails the test, naming the package to install, when it is not there. */
    public static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("This test needs '" + name + "' on the PATH (Debian: apt-get install " + name + ")");
    }

    private static String python() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError("This test needs " + PYTHON + " with rdflib and SPARQLWrapper"
                    + " (Debian: apt-get install python3-rdflib python3-sparqlwrapper)");
        }
        return PYTHON;
    }

    /** Runs a command, feeds it stdin, and returns its stdout; a non-zero exit fails the test with stderr. */
    public static String run(String stdin, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).start();
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (var in = p.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException ignored) {
                    // the process may exit before reading everything
                }
            });
            byte[][] err = new byte[1][];
            Thread drain = Thread.ofVirtual().start(() -> err[0] = readAll(p.getErrorStream()));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.getFirst()).isTrue();
            feeder.join();
            drain.join();
            if (p.exitValue() != 0) {
                throw new AssertionError(command.getFirst() + " exited " + p.exitValue() + ": " + new String(err[0], StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** curl's answer with -i: the status line, the headers, then the body. Never fails on an HTTP error status. */
    public static String curl(String... args) {
        List<String> command = new ArrayList<>(List.of(tool("curl"), "-s", "-i", "--max-time", "60"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The status code of a curl -i answer. */
    public static String status(String curlOutput) {
        return curlOutput.lines().findFirst().orElse("").replaceAll("^HTTP/[\\d.]+ (\\d+).*$", "$1");
    }

    /** The body at the address after redirects, with an Accept header (or none); an HTTP error fails the test. */
    public static String body(String url, String accept) {
        List<String> command = new ArrayList<>(List.of(tool("curl"), "-s", "-f", "-L", "--max-time", "60"));
        if (accept != null) {
            command.addAll(List.of("-H", "Accept: " + accept));
        }
        command.add(url);
        return run(null, command);
    }

    /** What a Python script prints, stripped; the script reads stdin. */
    public static String python(String stdin, String script) {
        return run(stdin, List.of(python(), "-c", script)).strip();
    }

    private static List<String> chromium(Path profile) {
        return new ArrayList<>(List.of(tool("chromium"), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile));
    }

    /** The DOM of the page as headless Chromium builds it. */
    public static String dom(String url, Path profile) {
        List<String> command = chromium(profile);
        command.addAll(List.of("--dump-dom", url));
        return run(null, command);
    }

    /** A screenshot of the page by headless Chromium, 1200 pixels wide. */
    public static Path screenshot(String url, Path png, int height, Path profile) {
        List<String> command = chromium(profile);
        command.addAll(List.of("--window-size=1200," + height, "--screenshot=" + png, url));
        run(null, command);
        return png;
    }

    /** The bundled TriG files (not the tables the bundle maps) and the ontology (Turtle) copied from the classpath, for rdflib to read on its own. */
    public static List<Path> bundle(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            String index = resource("org/aikg/data/bundle.txt");
            for (String line : index.lines().map(String::strip).filter(l -> l.endsWith(".trig")).toList()) {
                Path file = dir.resolve(line);
                Files.createDirectories(file.getParent());
                Files.writeString(file, resource("org/aikg/data/" + line));
                files.add(file);
            }
            Path ontology = dir.resolve("aikg.ttl");
            Files.writeString(ontology, resource("org/aikg/ontology/aikg.ttl"));
            files.add(ontology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Clients.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

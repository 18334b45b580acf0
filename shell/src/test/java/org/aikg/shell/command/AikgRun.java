package org.aikg.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.Session;

/** Test helper: runs aikg in this JVM as a script would (stdout a pipe), and independent checkers on its output. */
final class AikgRun {

    /** What a run printed and its exit code. */
    record Result(int exit, String out, String err) {}

    private AikgRun() {}

    static Result aikg(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        int code = new Dispatcher(new AikgCommands(), session).main(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs an independent checker (Debian's Python with rdflib, or rapper) on some output; returns what it prints. */
    static String check(String stdin, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test and is not installed (run the README's test command,"
                    + " which installs it): " + e.getMessage(), e);
        }
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the checker stopped reading; its exit code and output tell why
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        feeder.join();
        assertThat(process.exitValue()).as("%s said: %s", command[0], out).isZero();
        return out.strip();
    }

    static String python(String stdin, String script) throws IOException, InterruptedException {
        return check(stdin, "/usr/bin/python3", "-c", script);
    }
}

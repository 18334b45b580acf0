package org.aikg.shell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real interactive shell in a pseudo-terminal (tmux send-keys and capture-pane), as a person would. */
class InteractiveShellIT {

    @TempDir
    Path home;

    /** A tmux server of this test's own, so that no other tmux user can end it. */
    private static final String SOCKET = "aikg-it-" + ProcessHandle.current().pid();

    private final String session = "aikg-it";

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", SOCKET));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-t", session, "-p", "-S", "-200");
    }

    private String waitFor(String text) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        String screen = "";
        while (System.currentTimeMillis() < deadline) {
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' never appeared; the screen shows:\n" + screen);
    }

    private void waitForCount(String text, long times) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (count(text) < times) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("'" + text + "' did not appear " + times + " times; the screen shows:\n" + screen());
            }
            Thread.sleep(200);
        }
    }

    private long count(String text) throws Exception {
        String s = screen();
        return s.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    /** Types text literally (tmux would read a final ';' as a separator) and presses the named keys after it. */
    private void type(String text, String... keys) throws Exception {
        if (!text.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text);
        }
        for (String key : keys) {
            tmux("send-keys", "-t", session, key);
        }
    }

    @BeforeEach
    void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(System.getProperty("aikg.jar", "target/aikg.jar")).toAbsolutePath().toString();
        String command = "HOME=" + home + " TERM=xterm-256color " + java
                + " -Daikg.stdout.tty=true -Daikg.stdin.tty=true --enable-native-access=ALL-UNNAMED -jar " + jar
                + "; echo \"shell exited with $?\"; sleep 60";
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "60", command);
        waitFor("aikg>");
    }

    @AfterEach
    void stop() throws Exception {
        tmux("kill-server");
    }

    @Test
    void aScriptedSessionQueriesCompletesDescribesRecoversAndExits() throws Exception {
        // The session looks at the article's sources: the five models it names, not Epoch's 895.
        long ready = count("aikg>");
        type("update 'DROP GRAPH src:epoch-notable-ai-models'", "Enter");
        waitForCount("aikg>", ready + 1);
        type("SELECT ?name WHERE {", "Enter");
        waitFor("  ...");
        type("  ?m a aikg:AIModel ; schema:name ?name } ORDER BY ?name", "Enter", "Enter");
        String result = waitFor("5 rows (");
        assertThat(result).contains("Claude Sonnet", "DeepSeek-R1", "Llama 3.1 405B");

        type("describe Nebi", "Tab");
        waitFor("describe Nebius");
        type("", "Enter");
        String described = waitFor("aikg:formerName");
        assertThat(described).contains("Nebius  id:nebius", "Yandex  [src:computerworld-ai-bust]");

        type("SELECT ?x WHERE { ?x ?y };", "Enter");
        String error = waitFor("Syntax error");
        assertThat(error).contains("aikg: Syntax error at line 1, column 25: unexpected '}'");
        assertThat(error).contains("                         ^");

        long prompts = count("aikg>");
        type("run price-ratio", "Enter");
        assertThat(waitFor("53.57")).contains("OpenAI API");
        assertThat(count("aikg>")).isGreaterThan(prompts);

        long beforeInterrupt = count("aikg>");
        type("SELECT ?half WHERE { ?s", "C-c");
        waitForCount("aikg>", beforeInterrupt + 1);
        long afterInterrupt = count("aikg>");
        type("run price-ratio", "Enter");
        waitForCount("53.57", 2);
        assertThat(count("aikg>")).isGreaterThan(afterInterrupt);
        assertThat(screen()).doesNotContain("shell exited with");

        type("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i };", "Enter");
        Thread.sleep(1500);
        type("", "C-c");
        assertThat(waitFor("Query cancelled")).doesNotContain("shell exited with");
        type("store", "Enter");
        waitFor("in memory (bundled graph");

        type("exit", "Enter");
        assertThat(waitFor("shell exited with")).contains("shell exited with 0");
    }
}

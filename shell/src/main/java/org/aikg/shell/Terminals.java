package org.aikg.shell;

/** Whether standard input and output are terminals; the launcher says so in system properties, the JVM otherwise. */
final class Terminals {

    private Terminals() {}

    static boolean stdoutIsTerminal() {
        String told = System.getProperty("aikg.stdout.tty");
        return told != null ? Boolean.parseBoolean(told) : consoleIsTerminal();
    }

    static boolean stdinIsTerminal() {
        String told = System.getProperty("aikg.stdin.tty");
        return told != null ? Boolean.parseBoolean(told) : consoleIsTerminal();
    }

    private static boolean consoleIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

package org.aikg.core;

/** A failure a user can act on; its message is one line, meant to be shown as it is. */
public class AikgException extends RuntimeException {

    /** What kind of failure this is; front ends map kinds to exit codes and HTTP statuses. */
    public enum Kind {
        /** Bad arguments or options. */
        USAGE,
        /** A query, update or data file that does not parse. */
        SYNTAX,
        /** A query that ran past its deadline. */
        TIMEOUT,
        /** Something refused by policy: SERVICE, LOAD of files, writes to a read-only store. */
        REFUSED,
        /** Data that does not conform to the shapes. */
        INVALID,
        /** A name (named query, entity, file) that does not exist. */
        NOT_FOUND,
        /** The store cannot be opened or used. */
        STORE,
        /** Work the user stopped (Ctrl-C at the prompt). */
        CANCELLED
    }

    private final Kind kind;

    public AikgException(Kind kind, String message) {
        super(oneLine(message));
        this.kind = kind;
    }

    public AikgException(Kind kind, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.kind = kind;
    }

    /** The message with any control character or line separator it quotes from the input shown as an escape. */
    private static String oneLine(String message) {
        if (message == null || message.codePoints().noneMatch(AikgException::unprintable)) {
            return message;
        }
        StringBuilder shown = new StringBuilder(message.length() + 16);
        message.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (unprintable(c)) {
                        shown.append(String.format("\\u%04X", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    private static boolean unprintable(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }

    public Kind kind() {
        return kind;
    }
}

package org.aikg.shell.runtime;

import org.aikg.core.AikgException;

/** The exit-code contract, decided here only: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout, 130 cancelled. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int TIMEOUT = 3;
    public static final int CANCELLED = 130;

    private ExitCodes() {}

    /** The exit code for a failure. */
    public static int of(Throwable failure) {
        if (failure instanceof AikgException e) {
            return switch (e.kind()) {
                case USAGE, SYNTAX -> USAGE;
                case TIMEOUT -> TIMEOUT;
                case CANCELLED -> CANCELLED;
                default -> FAILURE;
            };
        }
        return FAILURE;
    }
}

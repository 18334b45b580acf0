package org.aikg.shell.cli;

import org.aikg.core.AikgException;

/** The exit-code contract, decided here only: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int TIMEOUT = 3;

    private ExitCodes() {}

    /** The exit code for a failure. */
    public static int of(Throwable failure) {
        if (failure instanceof AikgException e) {
            return switch (e.kind()) {
                case USAGE, SYNTAX -> USAGE;
                case TIMEOUT -> TIMEOUT;
                default -> FAILURE;
            };
        }
        return FAILURE;
    }

    /** The one line a user sees for a failure. */
    public static String message(Throwable failure) {
        if (failure instanceof AikgException) {
            return "aikg: " + failure.getMessage();
        }
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int nl = text.indexOf('\n');
        return "aikg: " + (nl < 0 ? text : text.substring(0, nl)) + " (rerun with --debug for details)";
    }
}

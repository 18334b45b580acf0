package org.aikg.core.fuzz;

import java.util.List;
import org.aikg.core.AikgException;

/**
 * What every fuzzed entry point promises: it succeeds, or it throws an {@link AikgException} with a kind and a
 * one-line message. Any other throwable escapes to the fuzzer as a finding; so does a refusal that is not one line,
 * or one that only wraps a programming error (a null pointer, an index out of range) a user could not act on.
 */
final class Contract {

    private static final List<Class<? extends RuntimeException>> PROGRAMMING_ERRORS = List.of(
            NullPointerException.class, IndexOutOfBoundsException.class, ClassCastException.class,
            ArithmeticException.class, NegativeArraySizeException.class, IllegalMonitorStateException.class,
            java.util.ConcurrentModificationException.class);

    private Contract() {}

    /** Runs the work; returns null when it succeeds and the refusal when it refuses as promised. */
    static AikgException refusalOf(Runnable work) {
        try {
            work.run();
            return null;
        } catch (AikgException refusal) {
            check(refusal);
            return refusal;
        }
    }

    /** Fails unless the refusal has a kind and a one-line, printable message that does not hide a programming error. */
    static void check(AikgException refusal) {
        String message = refusal.getMessage();
        if (refusal.kind() == null) {
            throw new AssertionError("a refusal without a kind: " + message, refusal);
        }
        if (message == null || message.isBlank()) {
            throw new AssertionError("a " + refusal.kind() + " refusal without a message", refusal);
        }
        if (message.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw new AssertionError("a " + refusal.kind() + " refusal that is not one printable line: "
                    + message.replace("\n", "\\n").replace("\r", "\\r"), refusal);
        }
        for (Throwable t = refusal.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends RuntimeException> bug : PROGRAMMING_ERRORS) {
                if (bug.isInstance(t)) {
                    throw new AssertionError("a " + refusal.kind() + " refusal hides " + t.getClass().getName()
                            + ": " + message, refusal);
                }
            }
        }
    }
}

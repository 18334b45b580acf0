package org.aikg.shell.runtime;

import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.named.MissingParameterException;
import org.aikg.core.named.NamedQuery;

/** Turns a failure into the one line a command-line user sees: core's words, plus how to act on them here. */
final class Failures {

    private Failures() {}

    static String line(Throwable failure) {
        if (failure instanceof MissingParameterException missing) {
            NamedQuery.Parameter p = missing.parameter();
            return "aikg: Named query '" + missing.query().name() + "' needs --param " + p.name() + "=<" + p.type() + ">: "
                    + p.description();
        }
        if (failure instanceof AikgException e) {
            return "aikg: " + e.getMessage() + hint(e);
        }
        if (failure instanceof StackOverflowError) {
            return "aikg: the input is nested too deeply to process (rerun with --debug for details)";
        }
        if (failure instanceof OutOfMemoryError) {
            return "aikg: out of memory; give the JVM more heap (AIKG_HEAP=4g) or narrow the work";
        }
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int nl = text.indexOf('\n');
        return "aikg: " + (nl < 0 ? text : text.substring(0, nl)) + " (rerun with --debug for details)";
    }

    private static String hint(AikgException e) {
        String message = e.getMessage();
        if (e.kind() == Kind.TIMEOUT && !message.contains("nothing was changed")) {
            return "; raise the deadline with --timeout or narrow the query";
        }
        if (e.kind() == Kind.REFUSED && message.startsWith("LOAD <")) {
            return "; to import a file use: load FILE";
        }
        return "";
    }
}

package org.aikg.core.load;

import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The last guard on every imported quad, whatever its source: each IRI must be absolute and free of spaces, control
 * characters and the characters RFC 3987 excludes. The parsers already refuse most of these with a line and column;
 * this catches what a source builds itself (and what a SPARQL update lets through). One pass over the characters, with
 * a table; a repeated subject, predicate or graph is not checked again.
 */
public final class IriCheck {

    /** The characters below U+00A0 that an IRI may not hold: controls, space, and {@code <>"{}|\^`}. */
    private static final boolean[] EXCLUDED = new boolean[0xA0];

    static {
        for (int c = 0; c < EXCLUDED.length; c++) {
            EXCLUDED[c] = c <= 0x20 || c >= 0x7F || "<>\"{}|\\^`".indexOf(c) >= 0;
        }
    }

    private final String input;
    private Node lastSubject;
    private Node lastPredicate;
    private Node lastGraph;

    /** A check whose refusals name the input, e.g. a file name. */
    public IriCheck(String input) {
        this.input = input;
    }

    /** Fails with a one-line {@link AikgException} of kind SYNTAX naming the input and the IRI. */
    public void check(Quad quad) {
        if (quad.getSubject() != lastSubject) {
            check(quad.getSubject());
            lastSubject = quad.getSubject();
        }
        if (quad.getPredicate() != lastPredicate) {
            check(quad.getPredicate());
            lastPredicate = quad.getPredicate();
        }
        check(quad.getObject());
        if (quad.getGraph() != lastGraph) {
            check(quad.getGraph());
            lastGraph = quad.getGraph();
        }
    }

    private void check(Node node) {
        if (node.isURI()) {
            String problem = problem(node.getURI());
            if (problem != null) {
                throw new AikgException(Kind.SYNTAX, input + ": the IRI <" + ParseErrors.oneLine(node.getURI()) + "> " + problem);
            }
        }
    }

    /** What is wrong with the IRI, or null when it is absolute and has only characters an IRI may hold. */
    public static String problem(String iri) {
        int colon = -1;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < EXCLUDED.length && EXCLUDED[c]) {
                return c == ' ' ? "contains a space"
                        : Character.isISOControl(c) ? String.format("contains the control character U+%04X", (int) c)
                        : "contains '" + c + "', which an IRI may not hold";
            }
            if (colon < 0 && c == ':') {
                colon = i;
            }
        }
        return colon > 0 && scheme(iri, colon) ? null : "is relative; give an absolute IRI";
    }

    private static boolean scheme(String iri, int colon) {
        if (!isLetter(iri.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = iri.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package org.aikg.core.load;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.NormalizeRDFTerms;
import org.apache.jena.sparql.core.Quad;

/**
 * Literals in their canonical form (7.50 as 7.5, 2 as 2.0 for a decimal), the form TDB2 stores them in: so that an
 * import compares equal with what a store already holds, whatever store, and re-importing a file changes nothing.
 */
public final class CanonicalLiterals {

    private static final NormalizeRDFTerms NORMAL = NormalizeRDFTerms.get();

    private CanonicalLiterals() {}

    /** The quad with its object in canonical form (the same quad when nothing changes). */
    public static Quad of(Quad quad) {
        Node object = quad.getObject();
        if (!object.isLiteral() || object.getLiteralDatatypeURI() == null) {
            return quad;
        }
        Node canonical = NORMAL.normalize(object);
        return canonical.equals(object) ? quad : Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), canonical);
    }
}

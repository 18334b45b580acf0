package org.aikg.core.store.mem;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * Literals in the form the TDB2 store gives them. TDB2 keeps numbers, dates, date-times and booleans as values, so
 * it answers {@code "0.10"^^xsd:decimal} as {@code "0.1"^^xsd:decimal} and treats the two as one term; this store
 * does the same, with TDB2's own conversion, so that both stores hold and answer the same terms.
 */
final class Literals {

    private Literals() {}

    /** The term as TDB2 would return it: the canonical form of a literal it keeps as a value, else the term itself. */
    static Node canonical(Node node) {
        if (node == null || !node.isLiteral() || !NodeIdInline.hasInlineDatatype(node)) {
            return node;
        }
        NodeId value = NodeIdInline.inline(node);
        return value == null ? node : NodeIdInline.extract(value);
    }

    /** The pattern with its object in that form. */
    static Triple canonical(Triple pattern) {
        Node object = pattern.getObject();
        Node canonical = canonical(object);
        return canonical == object ? pattern : Triple.createMatch(pattern.getSubject(), pattern.getPredicate(), canonical);
    }
}

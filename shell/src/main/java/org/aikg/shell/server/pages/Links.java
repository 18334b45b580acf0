package org.aikg.shell.server.pages;

import java.util.Locale;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where a page links to: aikg's entities, sources and graphs to their pages here, ontology terms to the ontology page,
 * and other IRIs to themselves only when they are http(s) or mailto addresses; anything else (javascript:, file:,
 * urn:) is shown as text, never as a link.
 */
public final class Links {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private Links() {}

    /** The link for a node, or null when it must not be a link. */
    public static String href(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        String doc = docName(node);
        if (doc != null) {
            return "/" + (doc.contains("/") ? doc : "id/" + doc);
        }
        if (iri.startsWith(AIKG.NS)) {
            return "/ns#" + iri.substring(AIKG.NS.length());
        }
        return web(iri);
    }

    /** The address itself when it is an http(s) or mailto address, else null. */
    public static String web(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? address : null;
    }

    /**
     * The name of an entity's documents under /doc/: "deepseek-v3" for id:deepseek-v3, "source/x" for a source,
     * "graph/x" for one of aikg's graphs; null for anything else.
     */
    public static String docName(Node node) {
        if (!node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        for (String[] space : new String[][] {{AIKG.ID, ""}, {AIKG.SOURCE, "source/"}, {AIKG.GRAPH, "graph/"}}) {
            if (iri.startsWith(space[0])) {
                String local = iri.substring(space[0].length());
                return local.matches(NAME) ? space[1] + local : null;
            }
        }
        return null;
    }

    /** The entity a document name stands for, or null when the name is not one aikg gives. */
    public static Node entity(String docName) {
        String[] parts = docName.split("/", -1);
        if (parts.length == 1 && parts[0].matches(NAME)) {
            return NodeFactory.createURI(AIKG.ID + parts[0]);
        }
        if (parts.length == 2 && parts[1].matches(NAME)) {
            return switch (parts[0]) {
                case "source" -> NodeFactory.createURI(AIKG.SOURCE + parts[1]);
                case "graph" -> NodeFactory.createURI(AIKG.GRAPH + parts[1]);
                default -> null;
            };
        }
        return null;
    }
}

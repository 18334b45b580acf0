package org.aikg.shell.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.Prefixes;
import org.aikg.core.profile.Listing;
import org.aikg.core.profile.ListingRequest;
import org.aikg.core.profile.Listings;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * /class/CLASS (a prefixed name such as aikg:AIModel, or "sources"): the class's entities a page at a time, sorted by
 * name, with facets that filter (?organization=id:deepseek&year=2024&access=aikg:OpenWeights) and ?page, ?size.
 */
public final class ClassPage {

    /** Rows per page unless ?size says otherwise. */
    static final int DEFAULT_SIZE = 50;

    private final Listings listings;

    public ClassPage(Listings listings) {
        this.listings = listings;
    }

    public Page page() {
        return (req, resp, rest) -> {
            Node type = rest.equals("sources") ? Listings.SOURCES : term("class", rest);
            Map<String, String> filters = new LinkedHashMap<>();
            Map<String, Node> values = new LinkedHashMap<>();
            for (String facet : Listings.facetNames()) {
                String value = req.getParameter(facet);
                if (value != null && !value.isBlank()) {
                    filters.put(facet, value.strip());
                    values.put(facet, facet.equals("year") ? year(value.strip()) : term(facet, value.strip()));
                }
            }
            int size = number(req, "size", DEFAULT_SIZE, Listings.MAX_PAGE_SIZE);
            int page = number(req, "page", 1, Integer.MAX_VALUE / Listings.MAX_PAGE_SIZE);
            Listing listing = listings.list(new ListingRequest(type, values, page, size));
            if (listing.total() == 0 && filters.isEmpty()) {
                throw new AikgException(Kind.NOT_FOUND, "aikg has no entities of the class " + rest);
            }
            Html.send(resp, "class.jte", new ClassView(listing, "/class/" + rest, filters, size));
        };
    }

    /** A class or facet value given as a prefixed name (aikg:AIModel) or an IRI, with or without a fragment. */
    private static Node term(String parameter, String value) {
        String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1)
                : Prefixes.standard().expandPrefix(value);
        try {
            if (IRIx.create(iri).isReference() && !iri.contains(" ")) {
                return NodeFactory.createURI(iri);
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new AikgException(Kind.USAGE, parameter + " must be an IRI or a prefixed name such as aikg:AIModel, not '" + value + "'");
    }

    private static Node year(String value) {
        if (!value.matches("\\d{4}")) {
            throw new AikgException(Kind.USAGE, "year must be four digits, such as 2024, not '" + value + "'");
        }
        return NodeFactory.createLiteralString(value);
    }

    private static int number(HttpServletRequest req, String name, int fallback, int max) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AikgException(Kind.USAGE, name + " must be a whole number from 1 to " + max + ", not '" + value + "'");
    }
}

package org.aikg.shell.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.core.Prefixes;
import org.aikg.core.profile.Facet;
import org.aikg.core.profile.Listing;
import org.apache.jena.graph.Node;

/** A class page: one page of the listing, with links that page through it and that add or remove a facet's filter. */
public record ClassView(Listing listing, String path, Map<String, String> filters, int size) {

    public ClassView {
        filters = Map.copyOf(new LinkedHashMap<>(filters));
    }

    /** The address of another page of the same listing. */
    public String pageHref(long page) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        return href(params, page);
    }

    /** The address that filters by this facet value, or removes the filter when it is the selected one. */
    public String facetHref(Facet facet, Facet.FacetValue value) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        if (value.selected()) {
            params.remove(facet.name());
        } else {
            params.put(facet.name(), parameter(value.value()));
        }
        return href(params, 1);
    }

    /** The active filters as facet name and value, each with the address that removes it. */
    public List<Map.Entry<String, String>> active() {
        return filters.entrySet().stream().map(e -> {
            Map<String, String> params = new LinkedHashMap<>(filters);
            params.remove(e.getKey());
            return Map.entry(e.getKey() + ": " + e.getValue(), href(params, 1));
        }).toList();
    }

    /** Whether any column has a value on this page. */
    public boolean hasKinds() {
        return listing.rows().stream().anyMatch(r -> !r.kind().isEmpty());
    }

    public boolean hasOrganizations() {
        return listing.rows().stream().anyMatch(r -> !r.organizations().isEmpty());
    }

    public boolean hasDates() {
        return listing.rows().stream().anyMatch(r -> !r.date().isEmpty());
    }

    public boolean hasAccess() {
        return listing.rows().stream().anyMatch(r -> !r.access().isEmpty());
    }

    private static String parameter(Node value) {
        if (value.isLiteral()) {
            return value.getLiteralLexicalForm();
        }
        String prefixed = Prefixes.standard().qnameFor(value.getURI());
        return prefixed != null ? prefixed : value.getURI();
    }

    private String href(Map<String, String> params, long page) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (page > 1) {
            sb.append(sep).append("page=").append(page);
            sep = '&';
        }
        if (size != ClassPage.DEFAULT_SIZE) {
            sb.append(sep).append("size=").append(size);
        }
        return sb.toString();
    }
}

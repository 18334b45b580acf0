package org.aikg.shell.server;

import java.util.List;
import java.util.Locale;
import org.aikg.core.format.OutputFormat;

/** Picks a representation from an Accept header or a ?format= override. */
final class ConNeg {

    /** A representation: its file extension, media type, and the RDF format (null for HTML). */
    record Representation(String extension, String mediaType, OutputFormat format) {}

    static final Representation HTML = new Representation("html", "text/html", null);
    static final List<Representation> ALL = List.of(
            HTML,
            new Representation("ttl", "text/turtle", OutputFormat.TURTLE),
            new Representation("jsonld", "application/ld+json", OutputFormat.JSONLD),
            new Representation("nt", "application/n-triples", OutputFormat.NTRIPLES),
            new Representation("rdf", "application/rdf+xml", OutputFormat.RDFXML),
            new Representation("trig", "application/trig", OutputFormat.TRIG),
            new Representation("nq", "application/n-quads", OutputFormat.NQUADS));

    private ConNeg() {}

    static Representation byExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        if (ext.equals("turtle")) {
            ext = "ttl";
        }
        for (Representation r : ALL) {
            if (r.extension().equals(ext)) {
                return r;
            }
        }
        return null;
    }

    /** The best representation for the Accept header; HTML when the header is missing or accepts anything. */
    static Representation choose(String accept, boolean htmlAllowed) {
        if (accept == null || accept.isBlank()) {
            return htmlAllowed ? HTML : ALL.get(1);
        }
        Representation best = null;
        double bestQ = 0;
        int bestRank = Integer.MAX_VALUE;
        for (String part : accept.split(",")) {
            String[] pieces = part.strip().split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            for (int rank = 0; rank < ALL.size(); rank++) {
                Representation r = ALL.get(rank);
                if (!htmlAllowed && r == HTML) {
                    continue;
                }
                boolean matches = type.equals(r.mediaType()) || type.equals("*/*")
                        || type.endsWith("/*") && r.mediaType().startsWith(type.substring(0, type.length() - 1))
                        || type.equals("application/json") && r.extension().equals("jsonld")
                        || type.equals("application/xml") && r.extension().equals("rdf")
                        || type.equals("application/xhtml+xml") && r == HTML;
                if (matches && q > 0 && (q > bestQ || q == bestQ && rank < bestRank)) {
                    best = r;
                    bestQ = q;
                    bestRank = rank;
                }
            }
        }
        return best;
    }
}

package org.aikg.shell.server.pages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aikg.core.Prefixes;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.query.RdfOutput;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The representations of a document: HTML and the RDF syntaxes. Turtle, N-Triples, RDF/XML and JSON-LD carry one
 * graph (every source's statements merged); TriG and N-Quads carry the dataset, one named graph per source.
 * The choice from an Accept header is Jena's content negotiation.
 */
public enum Representation {
    HTML("html", WebContent.contentTypeHTML, null, "HTML"),
    TURTLE("ttl", WebContent.contentTypeTurtle, OutputFormat.TURTLE, "Turtle"),
    NTRIPLES("nt", WebContent.contentTypeNTriples, OutputFormat.NTRIPLES, "N-Triples"),
    RDFXML("rdf", WebContent.contentTypeRDFXML, OutputFormat.RDFXML, "RDF/XML"),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, OutputFormat.JSONLD, "JSON-LD"),
    TRIG("trig", WebContent.contentTypeTriG, OutputFormat.TRIG, "TriG"),
    NQUADS("nq", WebContent.contentTypeNQuads, OutputFormat.NQUADS, "N-Quads");

    private final String extension;
    private final String mediaType;
    private final OutputFormat format;
    private final String label;

    Representation(String extension, String mediaType, OutputFormat format, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public OutputFormat format() {
        return format;
    }

    public String label() {
        return label;
    }

    /** Whether this representation keeps the named graphs (TriG, N-Quads). */
    public boolean dataset() {
        return this == TRIG || this == NQUADS;
    }

    /** One graph in N-Triples written again as JSON-LD: a plain graph, every statement in the default graph. */
    static byte[] jsonLd(byte[] ntriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ntriples)).lang(Lang.NTRIPLES).parse(graph);
        graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfOutput.write(out, graph, OutputFormat.JSONLD);
        return out.toByteArray();
    }

    /** The representation for a file extension or a ?format= value, or null. */
    public static Representation byExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.extension.equals(ext) || r.name().toLowerCase(Locale.ROOT).equals(ext)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The best representation for an Accept header, HTML first when allowed; with no header, HTML (or Turtle for
     * data-only resources); null when nothing offered is acceptable.
     */
    public static Representation negotiate(String accept, boolean html) {
        if (accept == null || accept.isBlank()) {
            return html ? HTML : TURTLE;
        }
        List<MediaType> offer = new ArrayList<>();
        for (Representation r : values()) {
            if (html || r != HTML) {
                offer.add(MediaType.create(r.mediaType));
            }
        }
        if (html) {
            offer.add(MediaType.create("application/xhtml+xml"));
        }
        offer.add(MediaType.create(WebContent.contentTypeJSON));
        offer.add(MediaType.create(WebContent.contentTypeXML));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(offer.toArray(MediaType[]::new)));
        } catch (RuntimeException e) {
            return null;
        }
        if (chosen == null) {
            return null;
        }
        String type = chosen.getContentTypeStr();
        return switch (type) {
            case "application/xhtml+xml" -> HTML;
            case WebContent.contentTypeJSON -> JSONLD;
            case WebContent.contentTypeXML -> RDFXML;
            default -> {
                for (Representation r : values()) {
                    if (r.mediaType.equals(type)) {
                        yield r;
                    }
                }
                yield null;
            }
        };
    }
}

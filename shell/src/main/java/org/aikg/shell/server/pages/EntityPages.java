package org.aikg.shell.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aikg.core.AikgException;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.format.OutputFormat;
import org.aikg.core.profile.Profile;
import org.aikg.core.profile.Profiles;
import org.apache.jena.graph.Node;

/**
 * Linked data: an entity's IRI answers 303 See Other to its document in the representation asked for; the document
 * is the HTML page (profile first, then every statement), one merged graph (Turtle, N-Triples, RDF/XML, JSON-LD) or
 * the dataset (TriG, N-Quads). A name aikg does not know gets a 404 with the closest names.
 */
public final class EntityPages {

    private final KnowledgeGraph graph;
    private final Profiles profiles;
    private final Function<Node, String> picture;

    /** Pages of the graph's entities; picture draws an entity's neighbourhood as SVG, or is null for none. */
    public EntityPages(KnowledgeGraph graph, Profiles profiles, Function<Node, String> picture) {
        this.graph = graph;
        this.profiles = profiles;
        this.picture = picture;
    }

    /** The IRIs under /id/, /source/ or /graph/ (prefix "", "source/" or "graph/"): 303 to a document. */
    public Page seeOther(String prefix) {
        return (req, resp, rest) -> {
            String name = prefix + rest;
            Node entity = Links.entity(name);
            if (entity == null || !profiles.exists(entity)) {
                notFound(resp, name);
                return;
            }
            String format = req.getParameter("format");
            Representation r = format != null ? Representation.byExtension(format)
                    : Representation.negotiate(req.getHeader("Accept"), true);
            resp.setHeader("Vary", "Accept");
            if (r == null) {
                resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getOutputStream().write(("Available: " + String.join(", ", mediaTypes()) + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/doc/" + name + "." + r.extension());
        };
    }

    private static List<String> mediaTypes() {
        List<String> types = new ArrayList<>();
        for (Representation r : Representation.values()) {
            types.add(r.mediaType());
        }
        return types;
    }

    /** The documents under /doc/: NAME.html, NAME.ttl and the other syntaxes, NAME.svg for the picture. */
    public Page documents() {
        return (req, resp, rest) -> {
            int dot = rest.lastIndexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String extension = dot < 0 ? "" : rest.substring(dot + 1);
            Node entity = Links.entity(name);
            if (entity == null) {
                notFound(resp, name);
                return;
            }
            if (extension.equals("svg")) {
                picture(resp, entity, name);
                return;
            }
            Representation r = Representation.byExtension(extension);
            if (r == null) {
                Router.notFound(resp, "There is no document /doc/" + rest + "; documents end in .html, .ttl, .nt, .rdf, .jsonld, .trig or .nq", List.of());
                return;
            }
            if (r == Representation.HTML) {
                Profile profile;
                try {
                    profile = profiles.of(entity);
                } catch (AikgException e) {
                    if (e.kind() == AikgException.Kind.NOT_FOUND) {
                        notFound(resp, name);
                        return;
                    }
                    throw e;
                }
                Html.send(resp, "entity.jte", view(profile, name));
                return;
            }
            byte[] data = data(entity, r);
            resp.setContentType(r.mediaType() + "; charset=utf-8");
            if (!r.dataset()) {
                resp.addHeader("Link", "</doc/" + name + ".trig>; rel=\"alternate\"; type=\"" + Representation.TRIG.mediaType()
                        + "\"; title=\"one named graph per source\"");
            }
            resp.setContentLength(data.length);
            resp.getOutputStream().write(data);
        };
    }

    /** The page's view: the profile, the picture's address when pictures are drawn, the other representations. */
    EntityView view(Profile profile, String name) {
        List<EntityView.Format> formats = new ArrayList<>();
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                formats.add(new EntityView.Format(r.label(), "/doc/" + name + "." + r.extension(), r.dataset()));
            }
        }
        return new EntityView(profile, picture == null ? null : "/doc/" + name + ".svg", formats);
    }

    /** The HTML page of an entity, for the static site. */
    public byte[] page(Node entity, String name) {
        return Html.render("entity.jte", view(profiles.of(entity), name));
    }

    /**
     * What the store says about the entity in one representation: the graph formats carry the same triples (every
     * source's statements merged into the default graph), the dataset formats one named graph per source.
     */
    public byte[] data(Node entity, Representation r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r != Representation.JSONLD) {
            graph.exporter().entity(entity, r.format(), out);
            return out.toByteArray();
        }
        graph.exporter().entity(entity, OutputFormat.NTRIPLES, out);
        return Representation.jsonLd(out.toByteArray());
    }

    private void picture(HttpServletResponse resp, Node entity, String name) throws IOException {
        if (picture == null || !profiles.exists(entity)) {
            Router.notFound(resp, "There is no picture /doc/" + name + ".svg", List.of());
            return;
        }
        byte[] svg = picture.apply(entity).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("image/svg+xml; charset=utf-8");
        resp.setContentLength(svg.length);
        resp.getOutputStream().write(svg);
    }

    private void notFound(HttpServletResponse resp, String name) throws IOException {
        String wanted = name.substring(name.lastIndexOf('/') + 1);
        List<ProblemView.Suggestion> suggestions = profiles.closest(wanted, 5).stream()
                .map(s -> new ProblemView.Suggestion(s.name(), Links.href(s.entity())))
                .filter(s -> s.href() != null)
                .toList();
        Router.notFound(resp, "aikg knows nothing called " + (name.contains("/") ? name : "id:" + name), suggestions);
    }
}

package org.aikg.core.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.load.CanonicalLiterals;
import org.aikg.core.load.IriCheck;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update's LOAD, done by aikg rather than by the engine: the http(s) address is fetched within the policy's
 * deadline and up to its number of bytes, parsed and checked as an import is, and the update then inserts what was
 * read, in the same all-or-nothing transaction as the rest of the request.
 */
public final class BoundedLoads {

    private BoundedLoads() {}

    /** The request with each LOAD replaced by the INSERT DATA of what its address holds. */
    public static UpdateRequest inline(UpdateRequest request, QueryPolicy policy) {
        if (request.getOperations().stream().noneMatch(op -> op instanceof UpdateLoad)) {
            return request;
        }
        UpdateRequest inlined = new UpdateRequest();
        inlined.setPrefixMapping(request.getPrefixMapping());
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load) {
                try {
                    inlined.add(new UpdateDataInsert(fetch(load, policy)));
                } catch (AikgException e) {
                    if (!load.getSilent()) {
                        throw e;
                    }
                }
            } else {
                inlined.add(op);
            }
        }
        return inlined;
    }

    private static QuadDataAcc fetch(UpdateLoad load, QueryPolicy policy) {
        String address = load.getSource();
        byte[] body;
        String type;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(policy.timeout()).build()) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(address)).timeout(policy.timeout())
                    .header("Accept", WebContent.defaultRDFAcceptHeader).GET().build();
            HttpResponse<InputStream> response = client.send(get, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                throw new AikgException(Kind.STORE, "LOAD <" + address + ">: the server answered " + response.statusCode());
            }
            type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxLoadBytes() + 1));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new AikgException(Kind.STORE, "LOAD <" + address + ">: cannot read it: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AikgException(Kind.STORE, "LOAD <" + address + "> interrupted");
        }
        if (body.length > policy.maxLoadBytes()) {
            throw new AikgException(Kind.REFUSED, "LOAD <" + address + "> stopped: it is larger than " + policy.maxLoadBytes()
                    + " bytes, the most an update may load; nothing was changed");
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0].strip());
        if (lang == null) {
            lang = RDFLanguages.filenameToLang(URI.create(address).getPath(), Lang.TURTLE);
        }
        Node target = load.getDest() == null ? Quad.defaultGraphNodeGenerated : load.getDest();
        IriCheck iris = new IriCheck(address);
        List<Quad> quads = new ArrayList<>();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(address).strict(true).parse(new StreamRDFBase() {
                @Override
                public void triple(org.apache.jena.graph.Triple triple) {
                    quad(Quad.create(target, triple));
                }

                @Override
                public void quad(Quad quad) {
                    Quad placed = CanonicalLiterals.of(load.getDest() == null ? quad : Quad.create(target, quad.asTriple()));
                    iris.check(placed);
                    quads.add(placed);
                }
            });
        } catch (RiotException e) {
            throw new AikgException(Kind.SYNTAX, "LOAD <" + address + ">: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        QuadDataAcc data = new QuadDataAcc();
        quads.forEach(data::addQuad);
        return data;
    }
}

package org.aikg.shell.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.aikg.core.AikgException;
import org.aikg.core.policy.QueryPolicy;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.aikg.core.policy.BoundedLoads;

/**
 * Fuseki's update service under aikg's policy: an update the policy refuses (LOAD of a file, SERVICE) is a 403 with
 * its message, checked before anything runs, and a LOAD of an http(s) address is fetched by aikg within the policy's
 * deadline and size cap. The body is at most the server's body cap, so reading it whole is bounded.
 */
final class AikgUpdateService extends SPARQL_Update {

    private final QueryPolicy policy;

    AikgUpdateService(QueryPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("Cannot read the update: " + e.getMessage());
            return;
        }
        byte[] checked = check(new String(body, StandardCharsets.UTF_8));
        super.execute(action, new ByteArrayInputStream(checked == null ? body : checked));
    }

    /** The update as it will run: refused by the policy, or with each LOAD fetched by aikg within the caps. */
    private byte[] check(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
        try {
            policy.check(request);
            UpdateRequest inlined = BoundedLoads.inline(request, policy);
            return inlined == request ? null : inlined.toString().getBytes(StandardCharsets.UTF_8);
        } catch (AikgException e) {
            if (e.kind() == AikgException.Kind.REFUSED) {
                ServletOps.errorForbidden(e.getMessage());
            } else {
                ServletOps.errorBadRequest(e.getMessage());
            }
            return null;
        }
    }
}

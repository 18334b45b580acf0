package org.aikg.shell.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/** Fuseki's update service, refusing LOAD of anything but http(s) so the server never reads its own files. */
final class AikgUpdateService extends SPARQL_Update {

    @Override
    public void validate(HttpAction action) {
        super.validate(action);
        String form = action.getRequest().getParameter("update");
        if (form != null) {
            refuseLocalLoad(form);
        }
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
        refuseLocalLoad(new String(body, StandardCharsets.UTF_8));
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static void refuseLocalLoad(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            return;
        }
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load && !load.getSource().matches("(?i)https?://.*")) {
                ServletOps.errorForbidden("LOAD <" + load.getSource() + "> is refused");
            }
        }
    }
}

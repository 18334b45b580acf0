package org.aikg.core.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.update.UpdateRequest;

/** A SPARQL 1.1 endpoint used as the store; queries and updates go over HTTP, with basic authentication if given. */
public final class RemoteStore implements Store {

    private final URI endpoint;
    private final HttpClient client;

    public RemoteStore(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (user != null) {
            char[] secret = password == null ? new char[0] : password.toCharArray();
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            });
        }
        this.client = builder.build();
    }

    @Override
    public String description() {
        return "SPARQL endpoint " + endpoint;
    }

    @Override
    public QueryExecBuilder queryBuilder() {
        return QueryExecHTTPBuilder.service(endpoint.toString()).httpClient(client);
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return action.get();
    }

    @Override
    public void update(UpdateRequest update) {
        UpdateExecHTTPBuilder.create().endpoint(endpoint.toString()).httpClient(client).update(update).execute();
    }

    @Override
    public DatasetGraph dataset() {
        return null;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public void close() {
        client.close();
    }
}

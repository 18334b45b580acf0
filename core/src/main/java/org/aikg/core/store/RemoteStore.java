package org.aikg.core.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.update.UpdateRequest;

/**
 * A SPARQL 1.1 endpoint used as the store; queries and updates go over HTTP/1.1 as GET or HTML-form POST (the forms
 * every SPARQL server accepts; Virtuoso 7 never answers a POST of application/sparql-query), with basic
 * authentication if given.
 */
public final class RemoteStore implements Store {

    private final URI endpoint;
    private final HttpClient client;

    public RemoteStore(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
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
        return QueryExecHTTPBuilder.service(endpoint.toString()).httpClient(client)
                .sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm);
    }

    @Override
    public <T> T read(Supplier<T> action) {
        try {
            return action.get();
        } catch (QueryExceptionHTTP e) {
            throw failure(e.getStatusCode(), e.getResponseBody(), e);
        } catch (HttpException e) {
            throw failure(e.getStatusCode(), e.getResponse(), e);
        }
    }

    @Override
    public void update(UpdateRequest update, org.aikg.core.policy.QueryPolicy policy) {
        try {
            UpdateExecHTTPBuilder.create().endpoint(endpoint.toString()).httpClient(client)
                    .timeout(policy.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .sendMode(org.apache.jena.sparql.exec.http.UpdateSendMode.asPostForm).update(update).execute();
        } catch (HttpException e) {
            throw failure(e.getStatusCode(), e.getResponse(), e);
        }
    }

    private static boolean chainHas(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The endpoint's own first line of explanation, or why it could not be reached. */
    private AikgException failure(int status, String body, RuntimeException e) {
        if (status <= 0) {
            if (chainHas(e, java.net.http.HttpTimeoutException.class)) {
                return new AikgException(AikgException.Kind.TIMEOUT, endpoint + " did not answer before the deadline", e);
            }
            String why = chainHas(e, java.net.UnknownHostException.class)
                    || chainHas(e, java.nio.channels.UnresolvedAddressException.class) ? "unknown host " + endpoint.getHost()
                    : chainHas(e, java.net.ConnectException.class) ? "connection refused"
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new AikgException(AikgException.Kind.STORE, "Cannot reach " + endpoint + ": " + why, e);
        }
        String said = body == null ? "" : body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (said.length() > 300) {
            said = said.substring(0, 300) + "...";
        }
        AikgException.Kind kind = status == 400 ? AikgException.Kind.SYNTAX
                : status == 401 || status == 403 ? AikgException.Kind.REFUSED : AikgException.Kind.STORE;
        return new AikgException(kind, endpoint + " answered " + status + (said.isEmpty() ? "" : ": " + said), e);
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

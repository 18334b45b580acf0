package org.aikg.shell.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/** Applies the limits to the Jetty server under Fuseki, before it starts. */
final class Hardening {

    /** Jetty's default response buffer, which its buffer pool keeps for reuse. */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private Hardening() {}

    static void apply(FusekiServer fuseki, Limits limits) {
        Server jetty = fuseki.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setIdleTimeout(limits.idleTimeout().toMillis());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    // Fuseki asks Jetty for a 5 MB response buffer, too big for Jetty's buffer pool: every answer then
                    // took a fresh direct buffer, and under load the JVM ran a full collection each second to free
                    // them. Jetty's own 32 KB buffer is pooled; answers stream through it just the same.
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                    http.getHttpConfiguration().setRequestHeaderSize(limits.maxHeaderBytes());
                    http.getHttpConfiguration().setIdleTimeout(limits.idleTimeout().toMillis());
                }
            }
        }
        jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), jetty));
        SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        sizeLimit.setHandler(jetty.getHandler());
        jetty.setHandler(new TooLarge(limits.maxBodyBytes(), sizeLimit));
    }
}

package org.aikg.shell.server;

import java.time.Duration;

/**
 * The server's caps: request header and body size (larger ones get 431 and 413 before the body is read), open
 * connections, worker threads, and how long a connection may stay silent before it is closed.
 */
public record Limits(int maxHeaderBytes, long maxBodyBytes, int maxConnections, int maxThreads, Duration idleTimeout) {

    /** 64 KiB of headers, 16 MiB of body, 256 connections, 32 threads, 30 s of silence. */
    public static final Limits DEFAULTS = new Limits(64 * 1024, 16L * 1024 * 1024, 256, 32, Duration.ofSeconds(30));

    public Limits {
        if (maxHeaderBytes < 1024 || maxBodyBytes < 1024 || maxConnections < 1 || maxThreads < 8
                || idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("Server limits out of range: headers and body at least 1024 bytes,"
                    + " at least 1 connection and 8 threads, a positive idle timeout");
        }
    }
}

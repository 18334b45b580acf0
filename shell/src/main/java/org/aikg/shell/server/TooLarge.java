package org.aikg.shell.server;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request whose declared body is over the cap with 413 at once, then discards what the client still sends
 * for a moment before the connection closes: closed at once, the unread bytes would make the kernel reset the
 * connection, and a client still sending its body would lose the 413 it had already been sent.
 */
final class TooLarge extends Handler.Wrapper {

    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final long maxBodyBytes;

    TooLarge(long maxBodyBytes, Handler next) {
        super(next);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() <= maxBodyBytes) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE_413);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String message = "The request body is larger than " + maxBodyBytes + " bytes\n";
        long until = System.nanoTime() + DRAIN_NANOS;
        response.write(true, BufferUtil.toBuffer(message.getBytes(StandardCharsets.UTF_8)),
                Callback.from(() -> discard(request, callback, until), callback::failed));
        return true;
    }

    private static void discard(Request request, Callback callback, long until) {
        while (System.nanoTime() < until) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(() -> discard(request, callback, until));
                return;
            }
            chunk.release();
            if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
                break;
            }
        }
        callback.succeeded();
    }
}

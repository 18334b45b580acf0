package org.aikg.shell.server.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Renders the JTE templates (compiled at build time, output escaped) and sends pages. */
public final class Html {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Html.class.getClassLoader(), "org.aikg.shell.server.templates");

    private Html() {}

    /** The page a template makes of a view, as UTF-8 bytes. */
    public static byte[] render(String template, Object view) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        ENGINE.render(template, view, out);
        return out.toByteArray();
    }

    /** Sends a page with a status. */
    static void send(HttpServletResponse resp, int status, String template, Object view) throws IOException {
        byte[] page = render(template, view);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }

    /** Sends a page with 200 OK. */
    static void send(HttpServletResponse resp, String template, Object view) throws IOException {
        send(resp, HttpServletResponse.SC_OK, template, view);
    }
}

package org.aikg.shell.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A family of pages under one first path segment; rest is the path after it, decoded, without a leading slash. */
@FunctionalInterface
public interface Page {

    void serve(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException;
}

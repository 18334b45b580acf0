package org.aikg.shell.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.aikg.core.AikgException;

/**
 * Sends each request to the page family of its first path segment ("" for the home page), and turns what goes
 * wrong into a page: 404 for what does not exist, 503 for a deadline or a store that fails, 400 with the one-line
 * message for bad input.
 */
public final class Router extends HttpServlet {

    private final Map<String, Page> pages;

    /** A router over page families by first path segment. */
    public Router(Map<String, Page> pages) {
        this.pages = Map.copyOf(pages);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String segment = slash < 0 ? trimmed : trimmed.substring(0, slash);
        String rest = slash < 0 ? "" : trimmed.substring(slash + 1);
        Page page = pages.get(segment);
        try {
            if (page == null) {
                notFound(resp, "There is no page at " + path, List.of());
                return;
            }
            page.serve(req, resp, rest);
        } catch (AikgException e) {
            if (resp.isCommitted()) {
                throw e;
            }
            resp.reset();
            if (e.kind() == AikgException.Kind.NOT_FOUND) {
                notFound(resp, e.getMessage(), List.of());
            } else if (e.kind() == AikgException.Kind.TIMEOUT || e.kind() == AikgException.Kind.STORE) {
                Html.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.jte",
                        new ProblemView("Cannot show this page now", e.getMessage(), List.of()));
            } else {
                Html.send(resp, HttpServletResponse.SC_BAD_REQUEST, "problem.jte",
                        new ProblemView("Cannot show this page", e.getMessage(), List.of()));
            }
        }
    }

    static void notFound(HttpServletResponse resp, String message, List<ProblemView.Suggestion> suggestions) throws IOException {
        Html.send(resp, HttpServletResponse.SC_NOT_FOUND, "problem.jte", new ProblemView("Not found", message, suggestions));
    }
}
